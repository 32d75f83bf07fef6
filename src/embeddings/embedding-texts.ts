import { createHash } from 'node:crypto';
import type { EmbeddingRole } from './embedding-provider';

export type OwnerType = 'candidate' | 'mentor' | 'opening';
export type EmbeddedField = 'profile' | 'interests' | 'need';

/** What each record embeds, and whether its text is what is searched for (query) or searched (passage). */
export const EMBEDDED_FIELDS: Record<OwnerType, readonly { field: EmbeddedField; role: EmbeddingRole }[]> = {
  candidate: [
    { field: 'profile', role: 'query' },
    { field: 'interests', role: 'query' },
  ],
  mentor: [
    { field: 'profile', role: 'passage' },
    { field: 'interests', role: 'query' },
  ],
  opening: [{ field: 'need', role: 'passage' }],
};

/** STYRK-08 code → Bokmål title, so codes embed as words. */
export type OccupationTitles = ReadonlyMap<string, string>;

const sentences = (...parts: (string | undefined | null | false)[]) =>
  parts
    .filter((p): p is string => typeof p === 'string' && p.trim().length > 0)
    .map((p) => p.trim())
    .join('. ');

const list = (items: string[]) => items.filter((i) => i.trim()).join(', ');

/** What the texts read of each record (the entities are such records): the embeddings layer names no record type. */
interface Labelled {
  label: string;
}
export interface CandidateText {
  skills: Labelled[];
  experience: { title: string; occupationCode?: string | null; description?: string | null }[];
  education: { field: string }[];
  desiredOccupations: string[];
  /** Desired occupations in the candidate's own words. */
  desiredOccupationTexts?: string[];
  goals?: string | null;
  interests: string[];
}
export interface MentorText {
  occupationTitle?: string | null;
  occupationCode?: string | null;
  skills: Labelled[];
  bio?: string | null;
  interests: string[];
}
export interface OpeningText {
  title: string;
  occupationCode?: string | null;
  requiredSkills: Labelled[];
  description?: string | null;
}

export function candidateTexts(c: CandidateText, titles: OccupationTitles): Record<'profile' | 'interests', string> {
  return {
    profile: sentences(
      list(c.skills.map((s) => s.label)),
      ...c.experience.map((e) => sentences(e.title, e.occupationCode && titles.get(e.occupationCode), e.description)),
      list(c.education.map((e) => e.field)),
      list([...c.desiredOccupations.map((code) => titles.get(code) ?? ''), ...(c.desiredOccupationTexts ?? [])]),
      c.goals,
    ),
    interests: list(c.interests),
  };
}

export function mentorTexts(m: MentorText, titles: OccupationTitles): Record<'profile' | 'interests', string> {
  return {
    profile: sentences(m.occupationTitle, m.occupationCode && titles.get(m.occupationCode), list(m.skills.map((s) => s.label)), m.bio),
    interests: list(m.interests),
  };
}

export function openingTexts(o: OpeningText, titles: OccupationTitles): Record<'need', string> {
  return {
    need: sentences(o.title, o.occupationCode && titles.get(o.occupationCode), list(o.requiredSkills.map((s) => s.label)), o.description),
  };
}

/** Whitespace and Unicode form do not change meaning, so they do not change the hash. */
export const normaliseText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export const textHash = (normalised: string): string => createHash('sha256').update(normalised, 'utf8').digest('hex');
