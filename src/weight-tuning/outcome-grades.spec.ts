import type { QueryOutcome } from '../outcomes/outcomes.repository';
import { gradeQueries } from './outcome-grades';

const at = (day: number) => new Date(Date.UTC(2024, 0, day));
const o = (query: string, item: string, type: QueryOutcome['type'], day: number): QueryOutcome => ({ query, item, type, at: at(day) });

describe('gradeQueries', () => {
  it('grades employer outcomes hired 3, praksis and interview 2, shortlisted 1, declined 0', () => {
    const [q] = gradeQueries('job', [o('c', 'hired', 'hired', 1), o('c', 'int', 'interviewed', 1), o('c', 'prak', 'praksis_started', 1), o('c', 'short', 'shortlisted', 1), o('c', 'no', 'declined', 1)]);
    expect(Object.fromEntries(q.grades)).toEqual({ hired: 3, int: 2, prak: 2, short: 1, no: 0 });
  });

  it("lets a pair's latest outcome decide", () => {
    const [q] = gradeQueries('praksis', [o('c', 'a', 'shortlisted', 1), o('c', 'a', 'hired', 5), o('c', 'b', 'interviewed', 2), o('c', 'b', 'declined', 3)]);
    expect(Object.fromEntries(q.grades)).toEqual({ a: 3, b: 0 });
    // Order of arrival does not matter, only when it happened.
    const [r] = gradeQueries('praksis', [o('c', 'b', 'declined', 3), o('c', 'b', 'interviewed', 2), o('c', 'a', 'hired', 5)]);
    expect(r.grades.get('b')).toBe(0);
  });

  it('grades a completed mentorship 1 and one ended early 0, and ignores employer outcomes for mentors', () => {
    const queries = gradeQueries('mentor', [o('c', 'm1', 'mentorship_completed', 1), o('c', 'm2', 'mentorship_ended_early', 2), o('c', 'm3', 'hired', 2)]);
    expect(Object.fromEntries(queries[0].grades)).toEqual({ m1: 1, m2: 0 });
  });

  it('keeps only queries with a positive outcome, the most recent first', () => {
    const queries = gradeQueries('job', [o('old', 'x', 'hired', 1), o('none', 'y', 'declined', 9), o('new', 'z', 'shortlisted', 4)]);
    expect(queries.map((q) => q.query)).toEqual(['new', 'old']);
  });
});
