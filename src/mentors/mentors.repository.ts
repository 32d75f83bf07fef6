import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { findByIds } from '../common/by-ids';
import { OPEN_MENTORSHIP_COUNT_SQL } from '../mentorships/mentorship-sql';
import { newestFirstPage } from '../common/paginate';
import { containsPattern } from '../common/text-filter';
import { Mentor, MentorType } from './entities/mentor.entity';
import { NO_FILTER, placed, type SourceFilter } from '../embeddings/embeddings.repository';
import { MENTOR_POOL_SQL, poolOf } from './mentor-pool';

export interface MentorFilter {
  /** The caller's pool: this organisation's mentors and the open pools' (mentor-pool.ts); undefined: all. */
  poolOf?: string;
  municipalityCode?: string;
  mentorType?: MentorType;
  active?: boolean;
  q?: string;
  limit: number;
  page: number;
}

@Injectable()
export class MentorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Mentor | null> {
    return this.dataSource.getRepository(Mentor).findOneBy({ id });
  }

  /** In no particular order. */
  findByIds(ids: string[]): Promise<Mentor[]> {
    return findByIds(this.dataSource.manager, Mentor, ids);
  }

  /**
   * Locks the mentor row until the transaction ends: everyone taking one of this mentor's
   * places queues here, so the count of places taken cannot change under them.
   */
  lockById(manager: EntityManager, id: string): Promise<Mentor | null> {
    return manager.getRepository(Mentor).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Every mentor, in no particular order: the catalogue a mentor ranking scores exactly (MentorCatalogue). */
  all(): Promise<Mentor[]> {
    return this.dataSource.getRepository(Mentor).find();
  }

  /** Full names by id, for lists that show who a record is about. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, full_name AS name FROM mentors WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Whether the mentor is in the organisation's pool: its own, or of an organisation whose pool is open. */
  async inPool(id: string, organisationId: string): Promise<boolean> {
    return (await this.inPoolAmong([id], poolOf(organisationId))).has(id);
  }

  /** Of these mentor ids, those in the pool. */
  async inPoolAmong(ids: string[], pool: SourceFilter): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(`SELECT s.id FROM mentors s WHERE s.id = ANY($1::uuid[]) AND (${placed(pool, 1)})`, [
      ids,
      ...pool.params,
    ]);
    return new Set(rows.map((r) => r.id));
  }

  /** Active mentors in the pool with at least one free place (proposed and active mentorships take one), by id. */
  async withFreePlaces(pool: SourceFilter = NO_FILTER): Promise<Mentor[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM mentors s WHERE s.active AND (${placed(pool, 0)})
         AND s.capacity > ${OPEN_MENTORSHIP_COUNT_SQL('mentor', 's.id')}
       ORDER BY s.id`,
      pool.params,
    );
    const byId = new Map((await this.findByIds(rows.map((r) => r.id))).map((m) => [m.id, m]));
    return rows.map((r) => byId.get(r.id)!);
  }

  findPage(filter: MentorFilter): Promise<{ items: Mentor[]; total: number }> {
    const query = this.dataSource.getRepository(Mentor).createQueryBuilder('m');
    if (filter.poolOf !== undefined) query.andWhere(MENTOR_POOL_SQL('m', ':poolOf'), { poolOf: filter.poolOf });
    if (filter.municipalityCode) query.andWhere('m.municipality_code = :municipalityCode', { municipalityCode: filter.municipalityCode });
    if (filter.mentorType) query.andWhere('m.mentor_type = :mentorType', { mentorType: filter.mentorType });
    if (filter.active !== undefined) query.andWhere('m.active = :active', { active: filter.active });
    if (filter.q) {
      query.andWhere(
        `(m.full_name ILIKE :pattern OR m.occupation_title ILIKE :pattern OR m.bio ILIKE :pattern
          OR array_to_string(m.interests, ' ') ILIKE :pattern
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(m.skills) s WHERE s->>'label' ILIKE :pattern))`,
        { pattern: containsPattern(filter.q) },
      );
    }
    return newestFirstPage(query, filter);
  }
}
