import { MigrationInterface, QueryRunner } from 'typeorm';

const OWNERS = [
  { table: 'candidate_embeddings', source: 'candidates', fields: ['profile', 'interests'] },
  { table: 'mentor_embeddings', source: 'mentors', fields: ['profile', 'interests'] },
  { table: 'opening_embeddings', source: 'openings', fields: ['need'] },
];

/**
 * Vectors of candidates, mentors and openings, one row per embedded text, with the model that
 * made it and a hash of its source text (so only what changed is re-embedded). A NULL vector
 * means the text was empty. One partial HNSW (cosine) index per field, so a search on one
 * field walks only that field's graph. 384 dimensions: the hashing default and
 * multilingual-e5-small; `npm run embeddings:backfill -- --resize` changes it for another model.
 */
export class Embeddings1764100000000 implements MigrationInterface {
  name = 'Embeddings1764100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, source, fields } of OWNERS) {
      await q.query(`
        CREATE TABLE ${table} (
          owner_id uuid NOT NULL REFERENCES ${source}(id) ON DELETE CASCADE,
          field text NOT NULL CHECK (field IN (${fields.map((f) => `'${f}'`).join(', ')})),
          model text NOT NULL,
          dimension integer NOT NULL,
          text_hash text NOT NULL,
          embedding vector(384),
          embedded_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (owner_id, field)
        )`);
      await q.query(`CREATE INDEX ${table}_model_idx ON ${table} (model)`);
      for (const field of fields) {
        await q.query(
          `CREATE INDEX ${table}_${field}_hnsw ON ${table} USING hnsw (embedding vector_cosine_ops) WHERE field = '${field}'`,
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of OWNERS) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
