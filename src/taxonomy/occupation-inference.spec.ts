import { join } from 'node:path';
import { OccupationInference } from './occupation-inference';
import { PACKAGE_ROOT } from '../config/package-root';
import { readShipped } from '../reference-data/reference-datasets';

describe('occupation inference through ESCO skills', () => {
  const esco = readShipped(join(PACKAGE_ROOT, 'data/reference')).escoOccupations;
  const inference = OccupationInference.from(
    esco.flatMap((o) => [
      ...o.essential.map((skill) => ({ uri: o.uri, isco4: o.isco4, skill, essential: true })),
      ...o.optional.map((skill) => ({ uri: o.uri, isco4: o.isco4, skill, essential: false })),
    ]),
  );

  it.each([
    ['a welder', ['apply arc welding techniques', 'align components', 'cutting technologies', 'ensure correct metal temperature'], '7212'],
    ['a bus driver', ['assist passengers', 'adhere to transportation work schedule', 'clean road vehicles', 'communicate clearly with passengers'], '8331'],
    ['an accountant', ['accounting entries', 'accounting techniques', 'bookkeeping regulations', 'analyse financial performance of a company'], '2411'],
    ['a nurse', ['acute care', 'accept own accountability', 'adapt leadership styles in healthcare', 'adolescence medicine'], '2221'],
  ])('puts the right occupation first for %s', (_, skills, code) => {
    const [first] = inference.infer(skills);
    expect(first.code).toBe(code);
    expect(first.confidence).toBeGreaterThan(0.3);
    expect(first.confidence).toBeLessThanOrEqual(1);
  });

  it('ignores case and punctuation, counts unknown skills as less certainty, and knows nothing from nothing', () => {
    const welding = ['APPLY ARC WELDING TECHNIQUES', 'align components'];
    const [plain] = inference.infer(welding);
    const [withUnknown] = inference.infer([...welding, 'sveisesertifikat', 'truckførerbevis']);
    expect(plain.code).toBe('7212');
    expect(withUnknown.code).toBe('7212');
    expect(withUnknown.confidence).toBeLessThan(plain.confidence);
    expect(inference.infer(['sveising', 'regnskap'])).toEqual([]);
    expect(inference.infer([])).toEqual([]);
  });
});
