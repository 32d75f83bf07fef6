import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type { ImportedRecord } from '../candidates/candidates.repository';

/** The import's own lock; the candidates it reads and writes go through CandidatesRepository. */
@Injectable()
export class CandidateImportRepository {
  /** One import per organisation at a time, held until the transaction ends: two imports of one file cannot both create. */
  async lockOrganisation(manager: EntityManager, organisationId: string | null): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`candidate-import:${organisationId ?? 'none'}`]);
  }
}
