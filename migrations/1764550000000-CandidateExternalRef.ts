import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates imported in bulk (POST /api/v1/candidates/import) carry the reference of the
 * importing organisation's own system, unique per organisation, and a hash of the imported
 * content, so importing the same file again writes nothing.
 */
export class CandidateExternalRef1764550000000 implements MigrationInterface {
  name = 'CandidateExternalRef1764550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidates ADD COLUMN external_ref text, ADD COLUMN import_hash text`);
    await q.query(
      `CREATE UNIQUE INDEX candidates_external_ref_idx ON candidates (registered_by_organisation_id, external_ref)
       WHERE external_ref IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS candidates_external_ref_idx`);
    await q.query(`ALTER TABLE candidates DROP COLUMN IF EXISTS import_hash, DROP COLUMN IF EXISTS external_ref`);
  }
}
