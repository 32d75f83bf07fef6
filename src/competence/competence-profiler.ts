import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ExperienceDto } from '../common/dto/profile-parts.dto';
import { MunicipalityPoint, ReferenceDataCache } from '../reference-data/reference-data.cache';
import { INFERRED_MIN, LabourDemand, ProspectReason } from '../taxonomy/labour-demand';
import type { OccupationInference } from '../taxonomy/occupation-inference';
import { OccupationResolver, readDesired, readTitles, TitleReading } from '../taxonomy/occupation-resolver';
import { round, SkillTaxonomy } from '../taxonomy/skill-taxonomy';
import { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import type { CandidateSkill, InferredOccupationView, OwnCompetence } from './competence.types';
import { CompetenceMappingsRepository } from './competence-mappings.repository';
import type { CompetenceMapping } from './entities/competence-mapping.entity';
import { mergeCompetence, MergedCompetence } from './merge-competence';

/** What the candidate record stores beside what people entered: kept current on every write. */
export interface DerivedCandidateFields extends MergedCompetence {
  ownCompetence: OwnCompetence;
  inferredOccupations: InferredOccupationView[];
  /** Each experience title without a code, then each desired occupation text, read as occupations (or unread below the floor). */
  resolvedOccupations: TitleReading[];
  hurtigsporProspect: boolean;
  prospectReasons: ProspectReason[];
}

export interface ProfileInput {
  own: OwnCompetence;
  mappings: CompetenceMapping[];
  experience: ExperienceDto[];
  /** What the candidate wants to work as, in their own words. */
  desiredTexts: string[];
  municipalityCode: string;
}

export interface ProfilerTools {
  skillTaxonomy: SkillTaxonomy;
  occupations: OccupationResolver;
  inference: OccupationInference;
  demand: LabourDemand;
  titles: ReadonlyMap<string, string>;
  points: ReadonlyMap<string, MunicipalityPoint>;
}

/** How much an experience title found in the occupation titles counts against skills-based inference. */
const TITLE_WEIGHT = 0.9;
const INFERRED_SHOWN = 5;

/**
 * Turns a candidate's own entries and the career centres' mappings into the state the rest of
 * Kobling reads: merged competence with provenance, skills resolved against the taxonomy,
 * likely occupations, and whether their occupations are in demand in their county.
 */
@Injectable()
export class CompetenceProfiler {
  constructor(
    private readonly taxonomy: TaxonomyCache,
    private readonly referenceData: ReferenceDataCache,
    private readonly mappings: CompetenceMappingsRepository,
  ) {}

  /** The mappings a profile merges, read in the caller's transaction. */
  mappingsOf(manager: EntityManager, candidateId: string): Promise<CompetenceMapping[]> {
    return this.mappings.forMerge(manager, candidateId);
  }

  /**
   * The taxonomy and reference data a profile is made from. Load them before opening a
   * transaction: on the embedded database's single connection a cache miss inside one would wait forever.
   */
  async tools(): Promise<ProfilerTools> {
    const [skillTaxonomy, occupations, inference, demand, titles, points] = await Promise.all([
      this.taxonomy.skillTaxonomy(),
      this.taxonomy.occupationResolver(),
      this.taxonomy.occupationInference(),
      this.taxonomy.labourDemand(),
      this.referenceData.occupationTitles(),
      this.referenceData.municipalityPoints(),
    ]);
    return { skillTaxonomy, occupations, inference, demand, titles, points };
  }

  profile(input: ProfileInput, tools: ProfilerTools): DerivedCandidateFields {
    const { skillTaxonomy, occupations, inference, demand, titles, points } = tools;
    const merged = mergeCompetence(input.own, input.mappings);
    const skills: CandidateSkill[] = merged.skills.map((s) => {
      const { skillId: _id, skill: _skill, confidence: _confidence, ...given } = s;
      const reading = skillTaxonomy.resolve(s.label);
      return reading ? { ...given, skillId: reading.skillId, skill: reading.skill, confidence: reading.confidence } : given;
    });

    const inferred = new Map<string, InferredOccupationView>();
    const add = (code: string, confidence: number, via: InferredOccupationView['via']) => {
      const title = titles.get(code);
      // Only occupations STYRK-08 names: an ESCO code without a STYRK title is never shown as a bare code.
      if (title && (inferred.get(code)?.confidence ?? 0) < confidence) inferred.set(code, { code, title, confidence, via });
    };
    for (const i of inference.infer(skills.map((s) => s.label))) add(i.code, round(i.confidence), 'skills');
    const titleReadings = readTitles(input.experience, occupations);
    // Only what was done says what the candidate can do: a wish feeds ranking, not the inferred occupations or hurtigspor.
    for (const reading of titleReadings) for (const o of reading.occupations) add(o.code, round(o.confidence * TITLE_WEIGHT), 'experience_title');
    const resolvedOccupations = [...titleReadings, ...readDesired(input.desiredTexts, occupations)];
    const inferredOccupations = [...inferred.values()].sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code)).slice(0, INFERRED_SHOWN);

    const county = points.get(input.municipalityCode)?.countyCode;
    const prospectReasons = demand.reasons(county, [
      ...input.experience.flatMap((e) => (e.occupationCode ? [{ code: e.occupationCode, via: 'mapped' as const }] : [])),
      ...inferredOccupations.filter((i) => i.confidence >= INFERRED_MIN).map((i) => ({ code: i.code, via: 'inferred' as const })),
    ]);
    return {
      ownCompetence: input.own,
      skills,
      languages: merged.languages,
      education: merged.education,
      inferredOccupations,
      resolvedOccupations,
      hurtigsporProspect: prospectReasons.length > 0,
      prospectReasons,
    };
  }
}
