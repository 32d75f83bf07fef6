import type { CaseState, Side } from './case-states';
import type { DeadlineDays } from '../config/deadline-days';
import { workingDaysAfter } from './working-days';

export { DEADLINE_KEYS, DEFAULT_DEADLINE_DAYS, type DeadlineDays, type DeadlineKey } from '../config/deadline-days';

/**
 * When a case's current step is due: `days[state]` working days after it entered the state, or
 * after the first confirmation of a two-sided step. Null for hired and closed cases.
 */
export function deadlineFor(
  state: CaseState,
  enteredAt: Date,
  firstConfirmation: { side: Side; at: Date } | null,
  days: DeadlineDays,
): Date | null {
  if (state === 'hired' || state === 'closed') return null;
  if (firstConfirmation) return workingDaysAfter(firstConfirmation.at, days.hire_confirmation);
  return workingDaysAfter(enteredAt, days[state]);
}
