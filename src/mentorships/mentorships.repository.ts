import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Candidate } from '../candidates/entities/candidate.entity';
import { newestFirstPage } from '../common/paginate';
import { Mentor } from '../mentors/entities/mentor.entity';
import { Mentorship, MentorshipStatus, OPEN_MENTORSHIP_STATUSES } from './entities/mentorship.entity';

export interface MentorshipFilter {
  candidateId?: string;
  mentorId?: string;
  status?: MentorshipStatus;
  limit: number;
  page: number;
}

@Injectable()
export class MentorshipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Mentorship | null> {
    return this.dataSource.getRepository(Mentorship).findOneBy({ id });
  }

  findPage(filter: MentorshipFilter): Promise<{ items: Mentorship[]; total: number }> {
    const query = this.dataSource.getRepository(Mentorship).createQueryBuilder('ms');
    if (filter.candidateId) query.andWhere('ms.candidate_id = :candidateId', { candidateId: filter.candidateId });
    if (filter.mentorId) query.andWhere('ms.mentor_id = :mentorId', { mentorId: filter.mentorId });
    if (filter.status) query.andWhere('ms.status = :status', { status: filter.status });
    return newestFirstPage(query, filter);
  }

  findCandidate(manager: EntityManager, id: string): Promise<Candidate | null> {
    return manager.getRepository(Candidate).findOneBy({ id });
  }

  /**
   * Locks the mentor row until the transaction ends: everyone taking one of this mentor's
   * places queues here, so the count of places taken cannot change under them.
   */
  lockMentor(manager: EntityManager, id: string): Promise<Mentor | null> {
    return manager.getRepository(Mentor).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
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
  ): Promise<Mentorship | null> {
    const result = await manager
      .createQueryBuilder()
      .update(Mentorship)
      .set({ status: to, endReason, version: () => 'version + 1' })
      .where({ id, status: from, version })
      .execute();
    return result.affected === 1 ? manager.getRepository(Mentorship).findOneBy({ id }) : null;
  }
}
