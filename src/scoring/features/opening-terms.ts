import { FeatureResult } from './feature';

/**
 * "Målet med praksisplass må alltid være fast jobb": the employer's record of praksis ending in
 * a hire, smoothed so that one praksis without a hire is not a verdict (Laplace: (hired + 1) / (praksis + 2)).
 */
export function employerRecord(praksis: number, hired: number): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'employer_record' }>> {
  const value = Math.min(1, (hired + 1) / (praksis + 2));
  return { value, evidence: { kind: 'employer_record', praksis, hired } };
}

/** Several praksis periods without a hire: the pattern the reasons must name. */
export const PRAKSIS_WITHOUT_HIRE_WARNING = 3;

/** A permanent position and a wage subsidy both count in favour. */
export function termsFit(permanent: boolean, wageSubsidy: boolean | null): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'terms' }>> {
  return {
    value: (permanent ? 0.6 : 0) + (wageSubsidy ? 0.4 : 0),
    evidence: { kind: 'terms', permanent, wageSubsidy: Boolean(wageSubsidy) },
  };
}
