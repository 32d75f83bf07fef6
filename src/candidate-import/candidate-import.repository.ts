import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Candidate, CandidatePreferences } from '../candidates/entities/candidate.entity';

/** A candidate an organisation imported before, as far as the next import needs it. */
export interface ImportedRecord {
  id: string;
  externalRef: string;
  importHash: string | null;
  preferences: CandidatePreferences;
}

const INSERT_CHUNK = 500;

@Injectable()
export class CandidateImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One import per organisation at a time, held until the transaction ends: two imports of one file cannot both create. */
  async lockOrganisation(manager: EntityManager, organisationId: string | null): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`candidate-import:${organisationId ?? 'none'}`]);
  }

  /** The organisation's candidates with these references; inside a transaction, locked for update. */
  async findByExternalRefs(organisationId: string | null, refs: string[], manager?: EntityManager): Promise<ImportedRecord[]> {
    if (refs.length === 0) return [];
    const rows: { id: string; external_ref: string; import_hash: string | null; preferences: CandidatePreferences }[] = await (
      manager ?? this.dataSource.manager
    ).query(
      `SELECT id, external_ref, import_hash, preferences FROM candidates
       WHERE registered_by_organisation_id ${organisationId ? '= $2' : 'IS NULL'} AND external_ref = ANY($1::text[])
       ${manager ? 'FOR UPDATE' : ''}`,
      organisationId ? [refs, organisationId] : [refs],
    );
    return rows.map((r) => ({ id: r.id, externalRef: r.external_ref, importHash: r.import_hash, preferences: r.preferences }));
  }

  /** Inserts in chunks; returns the new ids by external reference. */
  async insertMany(manager: EntityManager, values: DeepPartial<Candidate>[], onProgress: (done: number) => void): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (let i = 0; i < values.length; i += INSERT_CHUNK) {
      const chunk = values.slice(i, i + INSERT_CHUNK);
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(Candidate)
        .values(chunk as QueryDeepPartialEntity<Candidate>[])
        .updateEntity(false)
        .returning('id, external_ref')
        .execute();
      for (const row of result.raw as { id: string; external_ref: string }[]) ids.set(row.external_ref, row.id);
      onProgress(Math.min(i + INSERT_CHUNK, values.length));
    }
    return ids;
  }

  async update(manager: EntityManager, id: string, values: DeepPartial<Candidate>): Promise<void> {
    // A new version: an edit based on the record before the import is stale.
    await manager.update(Candidate, { id }, { ...(values as QueryDeepPartialEntity<Candidate>), version: () => 'version + 1' });
  }
}
