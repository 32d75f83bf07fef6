import { createHmac } from 'node:crypto';
import { nextRetry, retryDelayMs } from './retry-schedule';
import { signWebhook } from './webhook-signature';

describe('signWebhook', () => {
  it('is t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> under the secret', () => {
    const body = '{"id":"1","type":"hurtigspor.case.created"}';
    const header = signWebhook('whsec_test', 1764720000, body);
    const expected = createHmac('sha256', 'whsec_test').update(`1764720000.${body}`).digest('hex');
    expect(header).toBe(`t=1764720000,v1=${expected}`);
    // A known vector, so a change of algorithm or layout cannot pass unnoticed.
    expect(signWebhook('secret', 0, '{}')).toBe('t=0,v1=' + createHmac('sha256', 'secret').update('0.{}').digest('hex'));
  });

  it('changes with the secret, the time and every byte of the body', () => {
    const header = signWebhook('a', 10, '{"x":1}');
    expect(signWebhook('b', 10, '{"x":1}')).not.toBe(header);
    expect(signWebhook('a', 11, '{"x":1}')).not.toBe(header);
    expect(signWebhook('a', 10, '{"x":2}')).not.toBe(header);
    expect(signWebhook('a', 10, '{"x":1} ')).not.toBe(header);
  });
});

describe('retry schedule', () => {
  const schedule = { baseMs: 5000, capMs: 3_600_000, maxAttempts: 12 };

  it('doubles from the base up to the cap, between half and all of each step', () => {
    const low = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => retryDelayMs(n, schedule, () => 0));
    const high = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => retryDelayMs(n, schedule, () => 1));
    expect(high).toEqual([5000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 1_280_000, 2_560_000, 3_600_000]);
    expect(low).toEqual(high.map((ms) => ms / 2));
    expect(retryDelayMs(3, schedule, () => 0.5)).toBe(15_000);
    expect(retryDelayMs(1000, schedule, () => 1)).toBe(3_600_000);
  });

  it('jitters within those bounds', () => {
    for (let i = 0; i < 200; i++) {
      const delay = retryDelayMs(4, schedule);
      expect(delay).toBeGreaterThanOrEqual(20_000);
      expect(delay).toBeLessThanOrEqual(40_000);
    }
  });

  it('gives up after the last attempt', () => {
    expect(nextRetry(11, schedule, () => 1)).toBe(3_600_000);
    expect(nextRetry(12, schedule)).toBeNull();
    expect(nextRetry(1, { ...schedule, maxAttempts: 1 })).toBeNull();
  });
});
