import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hurtigspor: employers' needs, cases that carry a candidate from mapping to a job, every
 * step of each case, and the responses kept for Idempotency-Key replays. A case's times come
 * from the service's clock (deadlines are counted from them), so none defaults to now().
 */
export class Hurtigspor1764720000000 implements MigrationInterface {
  name = 'Hurtigspor1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE hurtigspor_needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        opening_id uuid REFERENCES openings(id) ON DELETE SET NULL,
        occupation_code char(4) REFERENCES occupations(code),
        count integer NOT NULL CHECK (count >= 1),
        municipality_code char(4) NOT NULL REFERENCES municipalities(code),
        needed_from date,
        needed_by date,
        created_by_key_id uuid,
        created_at timestamptz NOT NULL,
        CHECK (needed_from IS NULL OR needed_by IS NULL OR needed_from <= needed_by)
      )`);
    await q.query(`CREATE INDEX hurtigspor_needs_municipality_idx ON hurtigspor_needs (municipality_code)`);
    await q.query(`CREATE INDEX hurtigspor_needs_organisation_idx ON hurtigspor_needs (organisation_id)`);

    await q.query(`
      CREATE TABLE hurtigspor_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid REFERENCES candidates(id) ON DELETE SET NULL,
        need_id uuid REFERENCES hurtigspor_needs(id) ON DELETE SET NULL,
        opening_id uuid REFERENCES openings(id) ON DELETE SET NULL,
        employer_organisation_id uuid NOT NULL REFERENCES organisations(id),
        career_centre_organisation_id uuid NOT NULL REFERENCES organisations(id),
        state text NOT NULL CHECK (state IN ('mapped', 'referred', 'employer_review', 'interview', 'praksis', 'hired', 'closed')),
        version integer NOT NULL DEFAULT 1,
        state_entered_at timestamptz NOT NULL,
        deadline_at timestamptz,
        waiting_on text CHECK (waiting_on IN ('career_centre', 'employer', 'both')),
        hire_confirmations jsonb NOT NULL DEFAULT '[]',
        close_reason text CHECK (close_reason IN ('candidate_withdrew', 'employer_declined', 'no_response', 'hired_elsewhere', 'not_eligible', 'other')),
        close_note text,
        revealed_at timestamptz,
        created_by_key_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // One open case per candidate and need, and per candidate and opening (a need may point at an opening).
    await q.query(`CREATE UNIQUE INDEX hurtigspor_cases_open_need_uq ON hurtigspor_cases (candidate_id, need_id)
                   WHERE need_id IS NOT NULL AND state NOT IN ('hired', 'closed')`);
    await q.query(`CREATE UNIQUE INDEX hurtigspor_cases_open_opening_uq ON hurtigspor_cases (candidate_id, opening_id)
                   WHERE opening_id IS NOT NULL AND state NOT IN ('hired', 'closed')`);
    await q.query(`CREATE INDEX hurtigspor_cases_employer_idx ON hurtigspor_cases (employer_organisation_id, deadline_at)`);
    await q.query(`CREATE INDEX hurtigspor_cases_career_centre_idx ON hurtigspor_cases (career_centre_organisation_id, deadline_at)`);
    await q.query(`CREATE INDEX hurtigspor_cases_created_idx ON hurtigspor_cases (created_at)`);

    await q.query(`
      CREATE TABLE hurtigspor_case_transitions (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES hurtigspor_cases(id) ON DELETE CASCADE,
        version integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('created', 'transition', 'confirmation')),
        from_state text,
        to_state text NOT NULL,
        side text CHECK (side IN ('career_centre', 'employer', 'operator')),
        actor_key_id uuid,
        actor_role text NOT NULL,
        actor_organisation_id uuid,
        note text,
        close_reason text,
        at timestamptz NOT NULL,
        UNIQUE (case_id, version)
      )`);

    await q.query(`
      CREATE TABLE hurtigspor_idempotency_keys (
        caller text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        status integer NOT NULL,
        body json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (caller, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['hurtigspor_idempotency_keys', 'hurtigspor_case_transitions', 'hurtigspor_cases', 'hurtigspor_needs']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
