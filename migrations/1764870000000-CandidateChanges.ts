import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates join the log of changed records (migration RecordChanges): shortlists score every
 * candidate exactly from an in-memory copy (CandidateCatalogue), which a candidate's record, its
 * shares with organisations and its vectors change.
 */
const TRIGGERS = [
  ['candidates', 'id'],
  ['candidate_shares', 'candidate_id'],
  ['candidate_embeddings', 'owner_id'],
] as const;

export class CandidateChanges1764870000000 implements MigrationInterface {
  name = 'CandidateChanges1764870000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column] of TRIGGERS) {
      await q.query(`CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION record_changed('candidate', '${column}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of TRIGGERS) await q.query(`DROP TRIGGER ${table}_changed ON ${table}`);
  }
}
