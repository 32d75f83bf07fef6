import { createHmac } from 'node:crypto';
import type { Candidate } from '../candidates/entities/candidate.entity';
import type { Mentor } from '../mentors/entities/mentor.entity';
import type { Opening } from '../openings/entities/opening.entity';
import { FeatureResult, semanticFit } from '../scoring/features/feature';
import { distanceFit } from '../scoring/features/geo';
import { norwegianFit, norwegianLevel } from '../scoring/features/norwegian';
import { occupationFit, readOccupations } from '../scoring/features/occupation';
import { recognitionFit } from '../scoring/features/recognition';
import { skillCoverage, SkillReader } from '../scoring/features/skills';
import type { InferredOccupation } from '../taxonomy/occupation-inference';
import type { OccupationResolver } from '../taxonomy/occupation-resolver';
import type { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import type { AnonymousCandidate, MentorSummary, OpeningSummary } from './dto/match.dto';

/** What the match types share: how a candidate's occupations and skills are read, and how records are shown. */

/** A stable pseudonym per employer organisation and candidate: reveals nothing by itself, and differs between employers. */
export const employerRef = (secret: string, organisationId: string, candidateId: string): string =>
  'K-' + createHmac('sha256', secret).update(`${organisationId}:${candidateId}`).digest('hex').slice(0, 10).toUpperCase();

/** The 3-digit STYRK groups of what the candidate has done (coded or read from typed titles), wants (coded or read from desired texts), or whose skills point to. */
export function occupationGroups(c: Candidate, inferred: InferredOccupation[]): string[] {
  const codes = [
    ...c.experience.map((e) => e.occupationCode).filter((code): code is string => Boolean(code)),
    ...c.desiredOccupations,
    ...readOccupations(c.resolvedOccupations).map((r) => r.code),
    ...inferred.map((i) => i.code),
  ];
  return [...new Set(codes.map((code) => code.slice(0, 3)))];
}

/**
 * A record with only a title (an opening an employer typed, a mentor's occupation without a code)
 * judged as the occupation the title reads as, at or above the confidence floor; shown as it is.
 */
export function withReadCode<T extends { occupationCode: string | null }>(record: T, title: string | null | undefined, resolver: OccupationResolver): T {
  if (record.occupationCode || !title) return record;
  const reading = resolver.best(title);
  return reading ? { ...record, occupationCode: reading.code } : record;
}

export async function skillReader(taxonomy: TaxonomyCache): Promise<SkillReader> {
  const skills = await taxonomy.skillTaxonomy();
  return (label) => skills.resolve(label);
}

/** The occupations a candidate's skills point to. */
export async function inferOccupations(taxonomy: TaxonomyCache, candidate: Candidate): Promise<InferredOccupation[]> {
  return (await taxonomy.occupationInference()).infer(candidate.skills.map((s) => s.label));
}

/** The features a candidate and an opening share, seen from either side. */
export function fitForOpening(
  c: Candidate,
  o: Opening,
  cosine: number | null,
  km: number | null,
  inferred: InferredOccupation[],
  read: SkillReader,
): Record<string, FeatureResult> {
  return {
    semantic: semanticFit(cosine),
    skills_must: skillCoverage(o.requiredSkills.filter((s) => s.mustHave), c.skills, read),
    skills_nice: skillCoverage(o.requiredSkills.filter((s) => !s.mustHave), c.skills, read),
    occupation: occupationFit(c.experience, c.desiredOccupations, o.occupationCode, inferred, readOccupations(c.resolvedOccupations)),
    norwegian: norwegianFit(c.languages, o.minNorwegianLevel),
    distance: distanceFit(km, c.preferences.maxTravelKm),
    recognition: recognitionFit(c.education, o.occupationCode),
  };
}

export const mentorSummary = (m: Mentor): MentorSummary => ({
  id: m.id,
  fullName: m.fullName,
  mentorType: m.mentorType,
  occupation: { title: m.occupationTitle, code: m.occupationCode },
  municipalityCode: m.municipalityCode,
});

export const openingSummary = (o: Opening): OpeningSummary => ({
  id: o.id,
  organisationId: o.organisationId,
  kind: o.kind,
  title: o.title,
  occupationCode: o.occupationCode,
  municipalityCode: o.municipalityCode,
  status: o.status,
});

/** A candidate as an employer sees it: competence, never identity. */
export function anonymous(c: Candidate, ref: string): AnonymousCandidate {
  return {
    ref,
    skills: c.skills.map((s) => ({ label: s.label, evidence: s.evidence })),
    experience: c.experience.map((e) => ({ title: e.title, years: e.years, occupationCode: e.occupationCode ?? null })),
    education: c.education.map((e) => ({ level: e.level, field: e.field, recognition: e.recognition })),
    norwegianLevel: norwegianLevel(c.languages),
    municipalityCode: c.municipalityCode,
  };
}
