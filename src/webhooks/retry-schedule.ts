export interface RetrySchedule {
  baseMs: number;
  capMs: number;
  maxAttempts: number;
}

/**
 * How long to wait after failed attempt `attempt` (1-based): exponential, base × 2^(attempt-1)
 * capped at `capMs`, with "equal jitter" (between half and all of it) so receivers that came back
 * are not hit by every sender at once, while the wait still grows.
 */
export function retryDelayMs(attempt: number, schedule: Pick<RetrySchedule, 'baseMs' | 'capMs'>, random: () => number = Math.random): number {
  const exponential = Math.min(schedule.capMs, schedule.baseMs * 2 ** Math.min(attempt - 1, 40));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/** After a failed attempt: the wait before the next one, or null when the delivery has had its attempts. */
export function nextRetry(attempt: number, schedule: RetrySchedule, random: () => number = Math.random): number | null {
  return attempt >= schedule.maxAttempts ? null : retryDelayMs(attempt, schedule, random);
}
