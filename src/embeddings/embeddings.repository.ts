import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isForeignKeyViolation } from '../common/database-errors';
import type { EmbeddedField, OwnerType } from './embedding-texts';
import { EMBEDDED_FIELDS } from './embedding-texts';

export const TABLES: Record<OwnerType, { embeddings: string; source: string }> = {
  candidate: { embeddings: 'candidate_embeddings', source: 'candidates' },
  mentor: { embeddings: 'mentor_embeddings', source: 'mentors' },
  opening: { embeddings: 'opening_embeddings', source: 'openings' },
};

export interface StoredEmbedding {
  ownerId: string;
  field: EmbeddedField;
  model: string;
  textHash: string;
}

export interface EmbeddingRow extends StoredEmbedding {
  dimension: number;
  /** null: the text was empty, so there is nothing to embed. */
  vector: Float32Array | null;
}

export interface Neighbour {
  ownerId: string;
  /** Cosine distance, `embedding <=> query`. */
  distance: number;
  /** 1 − distance as SQL computes it, so a record found here scores exactly as one whose cosine is asked for. */
  cosine: number;
}

/** SQL on the source table (alias `s`) that a search must respect; its parameters are `$F1`, `$F2`… */
export interface SourceFilter {
  sql: string;
  params: unknown[];
}

export const NO_FILTER: SourceFilter = { sql: 'true', params: [] };

/** The filter's SQL with its parameters numbered after the query's own `before` ones. */
export const placed = (filter: SourceFilter, before: number): string => filter.sql.replace(/\$F(\d+)/g, (_, n: string) => `$${before + Number(n)}`);

/** How far one search may reach: a ranking's widest pool (MatchingService, 6,400) is within it. */
export const NEAREST_LIMIT_MAX = 10_000;

export interface NearestOptions {
  /** On the source table, alias `s`; none by default. */
  filter?: SourceFilter;
  limit: number;
}

const SAVE_CHUNK = 16;

export const toVectorLiteral = (v: ArrayLike<number>): string => `[${Array.from(v).join(',')}]`;

/** The HNSW candidate list a search for `limit` nearest walks: at least 100, so a small top keeps its recall; pgvector's own cap is 1000. */
export const efSearchFor = (limit: number): number => Math.min(1000, Math.max(100, limit));

@Injectable()
export class EmbeddingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findStored(type: OwnerType, ownerIds: string[]): Promise<StoredEmbedding[]> {
    return this.dataSource.query(
      `SELECT owner_id AS "ownerId", field, model, text_hash AS "textHash" FROM ${TABLES[type].embeddings} WHERE owner_id = ANY($1::uuid[])`,
      [ownerIds],
    );
  }

  /**
   * Upserts; a row whose owner was deleted meanwhile is skipped, not an error. In statements of
   * a few rows: each HNSW insert costs, and requests waiting for the connection get in between.
   */
  async save(type: OwnerType, rows: EmbeddingRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += SAVE_CHUNK) await this.saveChunk(type, rows.slice(i, i + SAVE_CHUNK));
  }

  /**
   * Writes the vectors of owners that still exist. An owner deleted while its text was embedded
   * passes the EXISTS check and then fails the foreign key as the delete commits: the work for it
   * is done (it has nothing left to embed), so the chunk is written again without it.
   */
  private async saveChunk(type: OwnerType, rows: EmbeddingRow[], attempt = 1): Promise<void> {
    try {
      await this.insertChunk(type, rows);
    } catch (error) {
      if (!isForeignKeyViolation(error) || attempt >= 3) throw error;
      await this.saveChunk(type, rows, attempt + 1);
    }
  }

  private async insertChunk(type: OwnerType, rows: EmbeddingRow[]): Promise<void> {
    if (rows.length === 0) return;
    const { embeddings, source } = TABLES[type];
    await this.dataSource.query(
      `INSERT INTO ${embeddings} (owner_id, field, model, dimension, text_hash, embedding, embedded_at)
       SELECT r.owner_id, r.field, r.model, r.dimension, r.text_hash, r.embedding::vector, now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[])
         AS r(owner_id, field, model, dimension, text_hash, embedding)
       WHERE EXISTS (SELECT 1 FROM ${source} s WHERE s.id = r.owner_id)
       ON CONFLICT (owner_id, field) DO UPDATE SET model = excluded.model, dimension = excluded.dimension,
         text_hash = excluded.text_hash, embedding = excluded.embedding, embedded_at = excluded.embedded_at`,
      [
        rows.map((r) => r.ownerId),
        rows.map((r) => r.field),
        rows.map((r) => r.model),
        rows.map((r) => r.dimension),
        rows.map((r) => r.textHash),
        rows.map((r) => (r.vector ? toVectorLiteral(r.vector) : null)),
      ],
    );
  }

  /**
   * Owners lacking a current vector for some field (none yet, or made by another model), in id order after `afterId`.
   * The model is a FILTER, not a condition, so each owner is looked up by its key alone: under statistics
   * taken while the table was nearly empty, the planner paired the key with the model index, which scans
   * every vector of the model per owner (a 100,000-record backfill went from minutes to half an hour).
   */
  async ownersToEmbed(type: OwnerType, model: string, limit: number, afterId = '00000000-0000-0000-0000-000000000000'): Promise<string[]> {
    const { embeddings, source } = TABLES[type];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM ${source} s
       WHERE s.id > $3 AND (SELECT count(*) FILTER (WHERE e.model = $1) FROM ${embeddings} e WHERE e.owner_id = s.id) < $2
       ORDER BY s.id LIMIT $4`,
      [model, EMBEDDED_FIELDS[type].length, afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  async countOwnersToEmbed(type: OwnerType, model: string): Promise<number> {
    const { embeddings, source } = TABLES[type];
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${source} s
       WHERE (SELECT count(*) FILTER (WHERE e.model = $1) FROM ${embeddings} e WHERE e.owner_id = s.id) < $2`,
      [model, EMBEDDED_FIELDS[type].length],
    );
    return row.n;
  }

  /** The dimension the vector columns hold (all three tables are kept alike). */
  async storedDimension(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT atttypmod AS dimension FROM pg_attribute WHERE attrelid = 'candidate_embeddings'::regclass AND attname = 'embedding'`,
    );
    return row.dimension;
  }

  /**
   * Rebuilds the vector storage at another dimension: the old vectors cannot be kept (they
   * came from another model), the HNSW indexes are recreated exactly as they were defined.
   */
  async resize(dimension: number): Promise<void> {
    if (!Number.isInteger(dimension) || dimension < 1 || dimension > 16000) throw new Error(`Cannot store ${dimension}-dimensional vectors`);
    await this.dataSource.transaction(async (manager) => {
      const tables = Object.values(TABLES).map((t) => t.embeddings);
      const indexes: { indexname: string; indexdef: string }[] = await manager.query(
        `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY($1) AND indexdef ILIKE '%USING hnsw%'`,
        [tables],
      );
      for (const index of indexes) await manager.query(`DROP INDEX ${index.indexname}`);
      for (const table of tables) {
        await manager.query(`DELETE FROM ${table}`);
        await manager.query(`ALTER TABLE ${table} ALTER COLUMN embedding TYPE vector(${dimension})`);
      }
      for (const index of indexes) await manager.query(index.indexdef);
    });
  }

  /**
   * The one vector search: the `limit` nearest owners by one field's vector through its HNSW
   * index, under the filter on the source table. The raw `<=>` ordering lets the index serve it;
   * iterative scan keeps walking the graph when the filter or the model drops rows, so a selective
   * filter does not starve the result. Equal distances come in id order.
   */
  async nearest(type: OwnerType, field: EmbeddedField, vector: string | ArrayLike<number>, model: string, options: NearestOptions): Promise<Neighbour[]> {
    const { sql, params, limit } = this.nearestQuery(type, field, vector, model, options);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL hnsw.ef_search = ${efSearchFor(limit)}`);
      await manager.query(`SET LOCAL hnsw.iterative_scan = relaxed_order`);
      return neighbours(await manager.query(sql, params));
    });
  }

  /** The same query answered by an exact scan: the reference the index is checked against. */
  async nearestExact(type: OwnerType, field: EmbeddedField, vector: string | ArrayLike<number>, model: string, options: NearestOptions): Promise<Neighbour[]> {
    const { sql, params } = this.nearestQuery(type, field, vector, model, options);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL enable_indexscan = off`);
      await manager.query(`SET LOCAL enable_bitmapscan = off`);
      return neighbours(await manager.query(sql, params));
    });
  }

  /** The plan of nearest(), under the same settings. */
  async explainNearest(type: OwnerType, field: EmbeddedField, vector: string | ArrayLike<number>, model: string, options: NearestOptions): Promise<string> {
    const { sql, params, limit } = this.nearestQuery(type, field, vector, model, options);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL hnsw.ef_search = ${efSearchFor(limit)}`);
      await manager.query(`SET LOCAL hnsw.iterative_scan = relaxed_order`);
      const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${sql}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  /**
   * The inner query orders by the raw distance alone, so the HNSW index can serve it (a second
   * sort key would force a scan of every row); the outer query breaks ties by id. The field is
   * a literal (a code constant), so the planner can match the partial index.
   */
  private nearestQuery(
    type: OwnerType,
    field: EmbeddedField,
    vector: string | ArrayLike<number>,
    model: string,
    { filter = NO_FILTER, limit }: NearestOptions,
  ): { sql: string; params: unknown[]; limit: number } {
    if (!EMBEDDED_FIELDS[type].some((f) => f.field === field)) throw new Error(`${type} has no ${field} embedding`);
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`A nearest search needs a positive whole limit, got ${limit}`);
    const bounded = Math.min(limit, NEAREST_LIMIT_MAX);
    const { embeddings, source } = TABLES[type];
    const sql = `SELECT "ownerId", distance, cosine FROM (
              SELECT e.owner_id AS "ownerId", e.embedding <=> $1::vector AS distance, 1 - (e.embedding <=> $1::vector) AS cosine
              FROM ${embeddings} e JOIN ${source} s ON s.id = e.owner_id
              WHERE e.field = '${field}' AND e.model = $2 AND e.embedding IS NOT NULL AND (${placed(filter, 3)})
              ORDER BY e.embedding <=> $1::vector
              LIMIT $3
            ) nearest ORDER BY distance, "ownerId"`;
    const literal = typeof vector === 'string' ? vector : toVectorLiteral(vector);
    return { sql, params: [literal, model, bounded, ...filter.params], limit: bounded };
  }
}

const neighbours = (rows: { ownerId: string; distance: number | string; cosine: number | string }[]): Neighbour[] =>
  rows.map((r) => ({ ownerId: r.ownerId, distance: Number(r.distance), cosine: Number(r.cosine) }));
