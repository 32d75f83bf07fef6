import { CASE_STATES, CaseState, decide, EDGES, OPEN_STATES, waitingOn } from './case-states';

describe('hurtigspor case states', () => {
  it('has exactly the edges of the issue, each with its owner', () => {
    const forward = EDGES.filter((e) => e.to !== 'closed').map((e) => `${e.from}>${e.to}:${e.by}`);
    expect(forward).toEqual([
      'mapped>referred:career_centre',
      'referred>employer_review:employer',
      'employer_review>interview:employer',
      'interview>praksis:employer',
      'interview>hired:both',
      'praksis>hired:both',
    ]);
    expect(EDGES.filter((e) => e.to === 'closed').map((e) => e.from)).toEqual(OPEN_STATES);
    expect(EDGES.filter((e) => e.to === 'closed').every((e) => e.by === 'either')).toBe(true);
  });

  it('refuses every pair not in the table with 409, for every actor', () => {
    for (const from of CASE_STATES) {
      for (const to of CASE_STATES) {
        if (EDGES.some((e) => e.from === from && e.to === to)) continue;
        for (const actor of ['career_centre', 'employer', 'operator'] as const) {
          expect(decide(from, to, actor, [])).toMatchObject({ kind: 'refused', status: 409 });
        }
      }
    }
  });

  it('lets only the owning side take a one-sided step (the other side 403, the operator 403)', () => {
    const steps: [CaseState, CaseState, 'career_centre' | 'employer'][] = [
      ['mapped', 'referred', 'career_centre'],
      ['referred', 'employer_review', 'employer'],
      ['employer_review', 'interview', 'employer'],
      ['interview', 'praksis', 'employer'],
    ];
    for (const [from, to, owner] of steps) {
      expect(decide(from, to, owner, [])).toEqual({ kind: 'move' });
      expect(decide(from, to, owner === 'employer' ? 'career_centre' : 'employer', [])).toMatchObject({ kind: 'refused', status: 403 });
      expect(decide(from, to, 'operator', [])).toMatchObject({ kind: 'refused', status: 403 });
    }
  });

  it('moves to hired on the second side’s confirmation; the same side twice is 409', () => {
    expect(decide('praksis', 'hired', 'employer', [])).toEqual({ kind: 'confirm' });
    expect(decide('praksis', 'hired', 'career_centre', ['employer'])).toEqual({ kind: 'move' });
    expect(decide('praksis', 'hired', 'employer', ['employer'])).toMatchObject({ kind: 'refused', status: 409 });
    expect(decide('interview', 'hired', 'career_centre', [])).toEqual({ kind: 'confirm' });
    expect(decide('praksis', 'hired', 'operator', [])).toMatchObject({ kind: 'refused', status: 403 });
  });

  it('lets either side and the operator close an open case, never a finished one', () => {
    for (const from of OPEN_STATES) for (const actor of ['career_centre', 'employer', 'operator'] as const) expect(decide(from, 'closed', actor, [])).toEqual({ kind: 'move' });
    expect(decide('hired', 'closed', 'employer', [])).toMatchObject({ status: 409 });
    expect(decide('closed', 'closed', 'employer', [])).toMatchObject({ status: 409 });
  });

  it('says whose move it is, and in a two-sided step after one confirmation the other side', () => {
    expect(waitingOn('mapped', [])).toBe('career_centre');
    expect(waitingOn('referred', [])).toBe('employer');
    expect(waitingOn('praksis', [])).toBe('both');
    expect(waitingOn('praksis', ['employer'])).toBe('career_centre');
    expect(waitingOn('hired', [])).toBeNull();
    expect(waitingOn('closed', [])).toBeNull();
  });
});
