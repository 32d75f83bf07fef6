import type { EntityManager } from 'typeorm';
import type { Principal } from '../common/principal';
import { USER_NAME_SQL } from '../accounts/user-sql';
import { API_KEY_LABEL_SQL } from '../auth/api-key-sql';
import { CONSENT_KINDS, ConsentKind, ConsentText } from './consent-text';

export type Consent = Record<ConsentKind, boolean>;

/** Who recorded an entry: a user, an integration's key, the service itself (bootstrap key, demo data) or the migration. */
export type RecordedByKind = 'user' | 'key' | 'system' | 'migration';

export interface ConsentEntry {
  kind: ConsentKind;
  granted: boolean;
  textVersion: string;
  text: string;
  recordedAt: Date;
  recordedBy: { kind: RecordedByKind; id: string | null; name: string | null };
}

const recorderOf = (actor: Principal): { kind: RecordedByKind; userId: string | null; keyId: string | null } =>
  actor.userId ? { kind: 'user', userId: actor.userId, keyId: null } : actor.keyId ? { kind: 'key', userId: null, keyId: actor.keyId } : { kind: 'system', userId: null, keyId: null };

/** The latest entry per kind: the candidate's current consent. A kind never recorded is not given. */
export function currentConsent(history: ConsentEntry[]): Consent {
  // historyOf gives the entries newest first.
  return Object.fromEntries(CONSENT_KINDS.map((kind) => [kind, history.find((e) => e.kind === kind)?.granted ?? false])) as Consent;
}

/**
 * Records, for each kind, a grant or withdrawal where `consent` differs from the latest entry
 * (every kind on a new candidate). Call it inside the transaction that holds the candidate's row
 * lock and writes its `consent_*` columns, so the columns always equal the latest entries and two
 * racing changes are recorded one after the other. Returns the kinds recorded.
 */
export async function recordConsentChanges(
  manager: EntityManager,
  actor: Principal,
  candidateIds: string[],
  consentOf: (candidateId: string) => Consent,
  text: ConsentText,
  at: Date,
): Promise<number> {
  if (candidateIds.length === 0) return 0;
  const latest: { candidate_id: string; kind: ConsentKind; granted: boolean }[] = await manager.query(
    `SELECT DISTINCT ON (candidate_id, kind) candidate_id, kind, granted FROM candidate_consents
     WHERE candidate_id = ANY($1::uuid[]) ORDER BY candidate_id, kind, seq DESC`,
    [candidateIds],
  );
  const known = new Map(latest.map((r) => [`${r.candidate_id}:${r.kind}`, r.granted]));
  const who = recorderOf(actor);
  const rows: unknown[][] = [];
  for (const id of candidateIds) {
    const consent = consentOf(id);
    for (const kind of CONSENT_KINDS) {
      if (known.get(`${id}:${kind}`) === consent[kind]) continue;
      rows.push([id, kind, consent[kind], text.version, text.texts[kind], who.kind, who.userId, who.keyId, at]);
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = chunk.map((_, r) => `(${Array.from({ length: 9 }, (__, c) => `$${r * 9 + c + 1}`).join(', ')})`).join(', ');
    await manager.query(
      `INSERT INTO candidate_consents (candidate_id, kind, granted, text_version, text, recorded_by, recorded_by_user_id, recorded_by_key_id, recorded_at) VALUES ${values}`,
      chunk.flat(),
    );
  }
  return rows.length;
}

/** Each candidate's history, newest first, with the name of the user (or the label of the key) that recorded each entry. */
export async function historyOf(manager: EntityManager, candidateIds: string[]): Promise<Map<string, ConsentEntry[]>> {
  const history = new Map<string, ConsentEntry[]>(candidateIds.map((id) => [id, []]));
  if (candidateIds.length === 0) return history;
  const rows: {
    candidate_id: string;
    kind: ConsentKind;
    granted: boolean;
    text_version: string;
    text: string;
    recorded_at: Date;
    recorded_by: RecordedByKind;
    recorder_id: string | null;
    recorder_name: string | null;
  }[] = await manager.query(
    `SELECT e.candidate_id, e.kind, e.granted, e.text_version, e.text, e.recorded_at, e.recorded_by,
            COALESCE(e.recorded_by_user_id, e.recorded_by_key_id) AS recorder_id, COALESCE(${USER_NAME_SQL('e.recorded_by_user_id')}, ${API_KEY_LABEL_SQL('e.recorded_by_key_id')}) AS recorder_name
     FROM candidate_consents e
     WHERE e.candidate_id = ANY($1::uuid[]) ORDER BY e.seq DESC`,
    [candidateIds],
  );
  for (const r of rows) {
    history.get(r.candidate_id)!.push({
      kind: r.kind,
      granted: r.granted,
      textVersion: r.text_version,
      text: r.text,
      recordedAt: new Date(r.recorded_at),
      recordedBy: { kind: r.recorded_by, id: r.recorder_id, name: r.recorder_name },
    });
  }
  return history;
}
