import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EmbeddedField, OwnerType } from './embedding-texts';
import { placed, SourceFilter, TABLES } from './embeddings.repository';

/** pgvector's binary vector: its dimension (int16), an unused int16, then the floats, all big-endian. */
function fromVectorSend(bytes: Buffer): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vector = new Float32Array(view.getInt16(0));
  for (let i = 0; i < vector.length; i++) vector[i] = view.getFloat32(4 + 4 * i);
  return vector;
}

/**
 * The first stage's reads for ranking: a record's vectors, the records in the query's occupation
 * groups, exact cosines of a pool. Beside the vector search (EmbeddingsRepository.nearest), it
 * names the record tables only to apply the filters their owners hand it (SourceFilter).
 */
@Injectable()
export class RetrievalRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A record's current vectors as pgvector text, to pass back into queries unchanged. */
  async vectors(type: OwnerType, id: string, model: string): Promise<Partial<Record<EmbeddedField, string>>> {
    const rows: { field: EmbeddedField; embedding: string }[] = await this.dataSource.query(
      `SELECT field, embedding::text AS embedding FROM ${TABLES[type].embeddings} WHERE owner_id = $1 AND model = $2 AND embedding IS NOT NULL`,
      [id, model],
    );
    return Object.fromEntries(rows.map((r) => [r.field, r.embedding]));
  }

  /**
   * Records in the same occupation groups (first 3 STYRK digits) as the query: found by what they
   * are, not by how their text reads, so explicit evidence is never lost to the vector stage.
   */
  async inOccupationGroups(type: OwnerType, groups: string[], filter: SourceFilter, limit: number): Promise<string[]> {
    if (groups.length === 0) return [];
    // Indexed by (group, id) (migration OccupationGroupIndexes): with one group, the scan runs in
    // id order and stops at the limit. `= ANY` of one element is written `=` so the planner sees that.
    const inGroups = groups.length === 1 ? '= ($1::text[])[1]' : '= ANY($1::text[])';
    const sql =
      type === 'candidate'
        ? `SELECT g.candidate_id AS id FROM candidate_groups g JOIN candidates s ON s.id = g.candidate_id
           WHERE g.occupation_group ${inGroups} AND (${placed(filter, 2)}) GROUP BY g.candidate_id ORDER BY g.candidate_id LIMIT $2`
        : `SELECT s.id FROM ${TABLES[type].source} s WHERE left(s.occupation_code, 3) ${inGroups} AND (${placed(filter, 2)}) ORDER BY s.id LIMIT $2`;
    const rows: { id: string }[] = await this.dataSource.query(sql, [groups, limit, ...filter.params]);
    return rows.map((r) => r.id);
  }

  /** Every record under the filter (up to `limit`): the exhaustive ranking, and the fallback when the query has no vector. */
  async all(type: OwnerType, filter: SourceFilter, limit = 1_000_000): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM ${TABLES[type].source} s WHERE ${placed(filter, 1)} ORDER BY s.id LIMIT $1`,
      [limit, ...filter.params],
    );
    return rows.map((r) => r.id);
  }

  /** Exact cosine similarity of each record's field vector to `vector`; absent when it has none. */
  async cosines(type: OwnerType, field: EmbeddedField, vector: string | undefined, model: string, ids: string[]): Promise<Map<string, number>> {
    if (!vector || ids.length === 0) return new Map();
    const rows: { id: string; cosine: number }[] = await this.dataSource.query(
      `SELECT owner_id AS id, 1 - (embedding <=> $1::vector) AS cosine FROM ${TABLES[type].embeddings}
       WHERE owner_id = ANY($3::uuid[]) AND field = '${field}' AND model = $2 AND embedding IS NOT NULL`,
      [vector, model, ids],
    );
    return new Map(rows.map((r) => [r.id, Number(r.cosine)]));
  }

  /** Current vectors of many records at once (`'all'`: of every record), parsed, for scoring pairs in bulk (cohort assignment, the mentor catalogue). */
  async vectorsOf(type: OwnerType, ids: string[] | 'all', model: string): Promise<Map<string, Partial<Record<EmbeddedField, Float32Array>>>> {
    const byOwner = new Map<string, Partial<Record<EmbeddedField, Float32Array>>>();
    if (ids.length === 0) return byOwner;
    // pgvector's binary form (vector_send): a cohort's thousands of vectors parse far faster than as text.
    const rows: { id: string; field: EmbeddedField; embedding: Buffer }[] = await this.dataSource.query(
      `SELECT owner_id AS id, field, vector_send(embedding) AS embedding FROM ${TABLES[type].embeddings}
       WHERE ($1::uuid[] IS NULL OR owner_id = ANY($1::uuid[])) AND model = $2 AND embedding IS NOT NULL`,
      [ids === 'all' ? null : ids, model],
    );
    for (const row of rows) {
      const vectors = byOwner.get(row.id) ?? {};
      vectors[row.field] = fromVectorSend(row.embedding);
      byOwner.set(row.id, vectors);
    }
    return byOwner;
  }
}
