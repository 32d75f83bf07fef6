import { inspectJsonBody, MAX_JSON_DEPTH } from './json-body';

describe('inspectJsonBody', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };

  it('accepts ordinary bodies, with text in any script and whole surrogate pairs (emoji)', () => {
    expect(inspectJsonBody({ fullName: 'Åse Ødegård', goals: 'تعلم النرويجية 👩‍🔧', skills: [{ label: 'sveising' }] })).toBeUndefined();
    expect(inspectJsonBody(nested(MAX_JSON_DEPTH - 1))).toBeUndefined();
  });

  it('refuses nesting deeper than the limit, naming where, without overflowing on 100,000 levels', () => {
    expect(inspectJsonBody(nested(MAX_JSON_DEPTH + 1))).toEqual({ kind: 'too_deep', field: Array(MAX_JSON_DEPTH).fill('a').join('.') });
    expect(inspectJsonBody(nested(100_000))?.kind).toBe('too_deep');
  });

  it('names every field holding a lone surrogate or NUL, in values and keys', () => {
    const fault = inspectJsonBody({ skills: [{ label: 'ok' }, { label: 'sveis\ud800' }], experience: [{ title: '\udc00x' }], ['k\u0000']: 1, bio: 'a\u0000b' });
    expect(fault).toMatchObject({ kind: 'bad_text' });
    expect(fault?.kind === 'bad_text' && fault.errors.map((e) => e.field)).toEqual(['bio', 'experience.0.title', 'k\u0000', 'skills.1.label']);
  });
});
