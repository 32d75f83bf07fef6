/** Hurtigspor deadlines as configuration (HURTIGSPOR_DEADLINE_DAYS): the keys and defaults; hurtigspor/deadlines.ts applies them. */
/** Each open state's deadline in working days, and the other side's time to confirm a hire the first side confirmed. */
export const DEADLINE_KEYS = ['mapped', 'referred', 'employer_review', 'interview', 'praksis', 'hire_confirmation'] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];
export type DeadlineDays = Record<DeadlineKey, number>;

/**
 * A career centre refers within 10 working days of the mapping; an employer answers a referral
 * within 5, decides after review within 10 and after an interview within 10; a praksis period
 * is about three months (65 working days) before hire or not is decided; a hire one side
 * confirmed waits 5 days for the other.
 */
export const DEFAULT_DEADLINE_DAYS: DeadlineDays = {
  mapped: 10,
  referred: 5,
  employer_review: 10,
  interview: 10,
  praksis: 65,
  hire_confirmation: 5,
};
