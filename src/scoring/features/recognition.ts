import type { EducationDto } from '../../common/dto/profile-parts.dto';
import { FeatureResult } from './feature';

const DEGREES = new Set(['bachelor', 'master', 'phd']);
/** Where a foreign degree stands: approved is as good as a Norwegian one; UVD and pending count for something. */
const STATE_VALUE: Record<EducationDto['recognition'], number> = {
  approved: 1,
  not_required: 1,
  pending: 0.6,
  uvd: 0.5,
  // Qualified, but may not yet work in the regulated profession.
  authorisation_required: 0.4,
  not_applied: 0.3,
};
const NO_DEGREE = 0.1;

/** ISCO major group 2 (professionals) is the work that asks for higher education. */
export const needsDegree = (occupationCode: string | null): boolean => occupationCode?.startsWith('2') ?? false;

export function recognitionFit(education: EducationDto[], occupationCode: string | null): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'recognition' }>> {
  if (!needsDegree(occupationCode)) return { value: 1, evidence: { kind: 'recognition', needsDegree: false, state: null } };
  const degrees = education.filter((e) => DEGREES.has(e.level));
  if (degrees.length === 0) return { value: NO_DEGREE, evidence: { kind: 'recognition', needsDegree: true, state: null } };
  const best = degrees.reduce((a, b) => (STATE_VALUE[b.recognition] > STATE_VALUE[a.recognition] ? b : a));
  return { value: STATE_VALUE[best.recognition], evidence: { kind: 'recognition', needsDegree: true, state: best.recognition } };
}
