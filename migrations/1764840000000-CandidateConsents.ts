import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent as a history (issue 14): every grant or withdrawal with the text the candidate agreed to,
 * who recorded it and when. The candidate's `consent_*` columns stay as the current state, written
 * in the same transaction as each entry (see consent-history.ts), so ranking and hurtigspor read
 * them unchanged.
 *
 * Existing candidates: each one's two booleans become one entry per kind, recorded by
 * `migration` (no user or key) at the candidate's last update, with the text «recorded before
 * consent history»: what the candidate agreed to then was not kept.
 */
export const BACKFILL_CONSENT_HISTORY = `
  INSERT INTO candidate_consents (candidate_id, kind, granted, text_version, text, recorded_by, recorded_at)
  SELECT c.id, k.kind, CASE k.kind WHEN 'matching' THEN c.consent_matching ELSE c.consent_share_with_employers END,
         'before-history', 'recorded before consent history', 'migration', c.updated_at
  FROM candidates c CROSS JOIN (VALUES ('matching'), ('shareWithEmployers')) AS k(kind)
  WHERE NOT EXISTS (SELECT 1 FROM candidate_consents e WHERE e.candidate_id = c.id AND e.kind = k.kind)
  ORDER BY c.created_at, c.id, k.kind`;

export class CandidateConsents1764840000000 implements MigrationInterface {
  name = 'CandidateConsents1764840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE candidate_consents (
        seq bigserial PRIMARY KEY,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('matching', 'shareWithEmployers')),
        granted boolean NOT NULL,
        text_version text NOT NULL,
        text text NOT NULL,
        recorded_by text NOT NULL CHECK (recorded_by IN ('user', 'key', 'migration', 'system')),
        recorded_by_user_id uuid,
        recorded_by_key_id uuid,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX candidate_consents_candidate_idx ON candidate_consents (candidate_id, kind, seq DESC)`);
    await q.query(BACKFILL_CONSENT_HISTORY);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS candidate_consents`);
  }
}
