import { LANGUAGE_LEVELS, LanguageLevel } from '../common/dto/profile-parts.dto';
import { normaliseLabel } from '../common/labels';
import type { CandidateEducation, CandidateLanguage, CandidateSkill, CompetenceSource, OwnCompetence } from './competence.types';
import type { CompetenceMapping } from './entities/competence-mapping.entity';

export interface MergedCompetence {
  skills: CandidateSkill[];
  languages: CandidateLanguage[];
  education: CandidateEducation[];
}

const lower = (a: LanguageLevel, b: LanguageLevel): LanguageLevel => (LANGUAGE_LEVELS.indexOf(a) <= LANGUAGE_LEVELS.indexOf(b) ? a : b);

/**
 * The candidate's current competence: the record's own entries, then each mapping from oldest
 * to newest, a later statement about the same skill, language or education replacing an
 * earlier one. Every item says where it comes from.
 */
export function mergeCompetence(own: OwnCompetence, mappings: Pick<CompetenceMapping, 'id' | 'organisationId' | 'mappedAt' | 'createdAt' | 'skills' | 'languages' | 'education'>[]): MergedCompetence {
  const skills = new Map<string, CandidateSkill>();
  const languages = new Map<string, CandidateLanguage>();
  const education = new Map<string, CandidateEducation>();
  const profile: CompetenceSource = { type: 'profile' };
  const put = <T>(map: Map<string, T>, key: string, item: T) => {
    map.delete(key); // the newest statement takes the item's place at the end
    map.set(key, item);
  };
  for (const s of own.skills) put(skills, normaliseLabel(s.label), { label: s.label, evidence: s.evidence, ...(s.years !== undefined ? { years: s.years } : {}), source: profile });
  for (const l of own.languages) put(languages, l.code, { code: l.code, level: l.level, source: profile });
  for (const e of own.education) put(education, educationKey(e), { ...e, source: profile });

  const ordered = [...mappings].sort((a, b) => a.mappedAt.getTime() - b.mappedAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
  for (const m of ordered) {
    const source: CompetenceSource = { type: 'mapping', mappingId: m.id, organisationId: m.organisationId, mappedAt: m.mappedAt.toISOString() };
    for (const s of m.skills) put(skills, normaliseLabel(s.label), { label: s.label, evidence: s.evidence, ...(s.years !== undefined ? { years: s.years } : {}), source });
    for (const l of m.languages) put(languages, l.code, { code: l.code, level: lower(l.oral, l.written), oral: l.oral, written: l.written, source });
    for (const e of m.education) put(education, educationKey(e), { ...e, source });
  }
  return { skills: [...skills.values()], languages: [...languages.values()], education: [...education.values()] };
}

const educationKey = (e: { level: string; field: string }) => `${e.level}:${normaliseLabel(e.field)}`;

/** The record's own entries from a merged list: those not from a mapping (older records have no source at all). */
export function ownPart(merged: MergedCompetence): OwnCompetence {
  const own = <T extends { source?: CompetenceSource }>(items: T[]) => items.filter((i) => i.source?.type !== 'mapping');
  return {
    skills: own(merged.skills).map((s) => ({ label: s.label, evidence: s.evidence, ...(s.years !== undefined ? { years: s.years } : {}) })),
    languages: own(merged.languages).map((l) => ({ code: l.code, level: l.level })),
    education: own(merged.education).map(({ source: _source, ...e }) => e),
  };
}
