import { Injectable } from '@nestjs/common';

/**
 * The time of the service's workflow rules (deadlines, when a transition happened). One seam,
 * so a test can move time forward: `jest.spyOn(app.get(Clock), 'now')`.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** A reported time may run this far ahead of ours (a device's clock) before it counts as in the future. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
