import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CANDIDATE_ID_VISIBLE_SQL } from '../candidates/candidate-access';
import { newestFirstPage } from '../common/paginate';
import { MentorAnswer, Mentorship, MentorshipStatus, OPEN_MENTORSHIP_STATUSES } from './entities/mentorship.entity';

export interface MentorshipFilter {
  /** Only mentorships of candidates this organisation may see (candidate-gate.ts); undefined: all (admins). */
  visibleTo?: string;
  candidateId?: string;
  mentorId?: string;
  status?: MentorshipStatus;
  limit: number;
  page: number;
}

@Injectable()
export class MentorshipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Mentorship | null> {
    return manager.getRepository(Mentorship).findOneBy({ id });
  }

  findPage(filter: MentorshipFilter): Promise<{ items: Mentorship[]; total: number }> {
    const query = this.dataSource.getRepository(Mentorship).createQueryBuilder('ms');
    if (filter.visibleTo !== undefined) {
      query.andWhere(CANDIDATE_ID_VISIBLE_SQL('ms.candidate_id', ':visibleTo'), { visibleTo: filter.visibleTo });
    }
    if (filter.candidateId) query.andWhere('ms.candidate_id = :candidateId', { candidateId: filter.candidateId });
    if (filter.mentorId) query.andWhere('ms.mentor_id = :mentorId', { mentorId: filter.mentorId });
    if (filter.status) query.andWhere('ms.status = :status', { status: filter.status });
    return newestFirstPage(query, filter);
  }



  /** Places taken (proposed and active mentorships) per mentor (`'all'`: of every mentor); in the caller's transaction when given one. */
  async takenPlaces(mentorIds: string[] | 'all', manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    if (mentorIds.length === 0) return new Map();
    const rows: { id: string; n: number }[] = await manager.query(
      `SELECT mentor_id AS id, count(*)::int AS n FROM mentorships
       WHERE ($1::uuid[] IS NULL OR mentor_id = ANY($1::uuid[])) AND status IN ('proposed', 'active') GROUP BY mentor_id`,
      [mentorIds === 'all' ? null : mentorIds],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** Candidates among these who already have a proposed or active mentorship. */
  async inMentorship(candidateIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(
      `SELECT DISTINCT candidate_id AS id FROM mentorships WHERE candidate_id = ANY($1::uuid[]) AND status IN ('proposed', 'active')`,
      [candidateIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The mentors the candidate has a proposed or active mentorship with. */
  async openMentorsOf(candidateId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT mentor_id AS id FROM mentorships WHERE candidate_id = $1 AND status IN ('proposed', 'active')`,
      [candidateId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Per mentor among these: places taken (proposed and active mentorships) and whether one of
   * them is this candidate's, which a ranking never suggests again; one query on the ranking's path.
   */
  async placesFor(mentorIds: string[], candidateId: string): Promise<Map<string, { taken: number; paired: boolean }>> {
    if (mentorIds.length === 0) return new Map();
    const rows: { id: string; taken: number; paired: boolean }[] = await this.dataSource.query(
      `SELECT mentor_id AS id, count(*)::int AS taken, bool_or(candidate_id = $2) AS paired FROM mentorships
       WHERE mentor_id = ANY($1::uuid[]) AND status IN ('proposed', 'active') GROUP BY mentor_id`,
      [mentorIds, candidateId],
    );
    return new Map(rows.map((r) => [r.id, { taken: r.taken, paired: r.paired }]));
  }


  hasOpen(manager: EntityManager, candidateId: string, mentorId: string): Promise<boolean> {
    return manager.getRepository(Mentorship).exists({ where: { candidateId, mentorId, status: In(OPEN_MENTORSHIP_STATUSES) } });
  }

  insert(manager: EntityManager, values: Pick<Mentorship, 'candidateId' | 'mentorId' | 'status' | 'createdByKeyId'>): Promise<Mentorship> {
    const repository = manager.getRepository(Mentorship);
    return repository.save(repository.create(values));
  }

  /**
   * Moves a mentorship only if it is still in `from` at `version` (optimistic concurrency):
   * of two racing changes, one updates the row and the other finds nothing to update.
   */
  async transition(
    manager: EntityManager,
    id: string,
    from: MentorshipStatus,
    version: number,
    to: MentorshipStatus,
    endReason: string | null,
    at: Date,
    mentorAnswer?: MentorAnswer,
  ): Promise<Mentorship | null> {
    const times = to === 'active' ? { startedAt: at } : { endedAt: at };
    const answer = mentorAnswer ? { mentorAnswer, mentorAnsweredAt: at } : {};
    const result = await manager
      .createQueryBuilder()
      .update(Mentorship)
      .set({ status: to, endReason, ...times, ...answer, version: () => 'version + 1' })
      .where({ id, status: from, version })
      .execute();
    return result.affected === 1 ? manager.getRepository(Mentorship).findOneBy({ id }) : null;
  }
}
