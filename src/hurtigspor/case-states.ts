/**
 * The hurtigspor case as a state machine: every allowed edge and the side that owns it, in one
 * table. mapped → referred → employer_review → interview → praksis → hired, and closed (with a
 * reason) from any open state. Pure: the service asks `decide` and writes what it answers.
 */
import type { Text } from '../common/language';
import { Problem, problem } from '../common/problems';

export const CASE_STATES = ['mapped', 'referred', 'employer_review', 'interview', 'praksis', 'hired', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const OPEN_STATES: readonly CaseState[] = ['mapped', 'referred', 'employer_review', 'interview', 'praksis'];
export const isOpen = (state: CaseState): boolean => OPEN_STATES.includes(state);

export const CLOSE_REASONS = ['candidate_withdrew', 'employer_declined', 'no_response', 'hired_elsewhere', 'not_eligible', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The two parties of a case: the career centre that made it and the employer behind the need or opening. */
export const SIDES = ['career_centre', 'employer'] as const;
export type Side = (typeof SIDES)[number];
/** Who owns an edge: one side, both (each confirms; the state moves on the second), or either. */
export type EdgeOwner = Side | 'both' | 'either';
export type WaitingOn = Side | 'both';

export interface Edge {
  from: CaseState;
  to: CaseState;
  by: EdgeOwner;
}

export const EDGES: readonly Edge[] = [
  { from: 'mapped', to: 'referred', by: 'career_centre' },
  { from: 'referred', to: 'employer_review', by: 'employer' },
  { from: 'employer_review', to: 'interview', by: 'employer' },
  { from: 'interview', to: 'praksis', by: 'employer' },
  // Praksis is a step to a job, not a requirement: an employer may hire straight after the interview.
  { from: 'interview', to: 'hired', by: 'both' },
  { from: 'praksis', to: 'hired', by: 'both' },
  ...OPEN_STATES.map((from): Edge => ({ from, to: 'closed', by: 'either' })),
];

/** Whose move it is in each open state. */
export const WAITING_ON: Record<CaseState, WaitingOn | null> = {
  mapped: 'career_centre',
  referred: 'employer',
  employer_review: 'employer',
  interview: 'employer',
  praksis: 'both',
  hired: null,
  closed: null,
};

export const otherSide = (side: Side): Side => (side === 'employer' ? 'career_centre' : 'employer');

/**
 * Who is asking: a side of the case, or the operator (admin), who may only close a case
 * (to clear one that stalled), never make a party's decision.
 */
export type Actor = Side | 'operator';

export type Decision =
  /** The state moves to `to`. */
  | { kind: 'move' }
  /** The first of the two confirmations `to` needs: stored, the state stays. */
  | { kind: 'confirm' }
  | { kind: 'refused'; status: 403 | 409; problem: Problem };

/** A state as a caseworker reads it; the English is the API's own word. */
export const STATE_NAMES: Record<CaseState, Text> = {
  mapped: { nb: 'kartlagt', en: 'mapped' },
  referred: { nb: 'henvist', en: 'referred' },
  employer_review: { nb: 'til vurdering hos arbeidsgiver', en: 'employer_review' },
  interview: { nb: 'intervju', en: 'interview' },
  praksis: { nb: 'praksis', en: 'praksis' },
  hired: { nb: 'ansatt', en: 'hired' },
  closed: { nb: 'lukket', en: 'closed' },
};
const SIDE_NAMES: Record<Side, { subject: Text; object: Text }> = {
  career_centre: { subject: { nb: 'Karrieresenteret', en: 'The career centre' }, object: { nb: 'karrieresenteret', en: 'the career centre' } },
  employer: { subject: { nb: 'Arbeidsgiveren', en: 'The employer' }, object: { nb: 'arbeidsgiveren', en: 'the employer' } },
};
const refused = (status: 403 | 409, p: Problem): Decision => ({ kind: 'refused', status, problem: p });

export function edge(from: CaseState, to: CaseState): Edge | undefined {
  return EDGES.find((e) => e.from === from && e.to === to);
}

/** Which edges leave a state and who may take them: shown with a case so a client knows its next steps. */
export const edgesFrom = (from: CaseState): Edge[] => EDGES.filter((e) => e.from === from);

/**
 * What a request to move a case from `state` to `to` does. `confirmed` are the sides that have
 * already confirmed `to` (only a `both` edge has any). A step not allowed from the state is 409; an
 * allowed step taken by the wrong side is 403.
 */
export function decide(state: CaseState, to: CaseState, actor: Actor, confirmed: readonly Side[]): Decision {
  const e = edge(state, to);
  if (!e) return refused(409, problem('case_step_not_allowed', { from: STATE_NAMES[state], to: STATE_NAMES[to] }));
  if (actor === 'operator') {
    return e.by === 'either' ? { kind: 'move' } : refused(403, problem('case_step_parties_only', { to: STATE_NAMES[to] }));
  }
  switch (e.by) {
    case 'either':
      return { kind: 'move' };
    case 'both':
      if (confirmed.includes(actor)) {
        return refused(409, problem('case_step_confirmed', { side: SIDE_NAMES[actor].subject, to: STATE_NAMES[to], other: SIDE_NAMES[otherSide(actor)].object }));
      }
      return confirmed.includes(otherSide(actor)) ? { kind: 'move' } : { kind: 'confirm' };
    case 'career_centre':
    case 'employer':
      return e.by === actor
        ? { kind: 'move' }
        : refused(403, problem('case_step_other_side', { owner: SIDE_NAMES[e.by].object, from: STATE_NAMES[state], to: STATE_NAMES[to] }));
  }
}

/**
 * Whose move it is: with one side's confirmation of a two-sided step in (a hire, from praksis or
 * straight from the interview), the side still to confirm, whatever the state's usual owner.
 */
export function waitingOn(state: CaseState, confirmed: readonly Side[]): WaitingOn | null {
  if (confirmed.length === 1) return otherSide(confirmed[0]);
  return WAITING_ON[state];
}
