import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../database/change-feed';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository';
import { LabourDemand } from './labour-demand';
import { OccupationInference } from './occupation-inference';
import { OccupationResolver } from './occupation-resolver';
import { OccupationTaxonomy } from './occupation-taxonomy';
import { SkillTaxonomy } from './skill-taxonomy';
import { TaxonomyRepository } from './taxonomy.repository';

/**
 * The taxonomy in memory, read once: it changes at import and when an admin adds a synonym,
 * and both clear this cache, in this process directly and in the other processes on the same
 * database through the change feed.
 */
@Injectable()
export class TaxonomyCache {
  private skills?: Promise<SkillTaxonomy>;
  private occupations?: Promise<OccupationTaxonomy>;
  private resolver?: Promise<OccupationResolver>;
  private inference?: Promise<OccupationInference>;
  private demand?: Promise<LabourDemand>;

  constructor(
    private readonly repository: TaxonomyRepository,
    private readonly referenceData: ReferenceDataRepository,
    private readonly referenceCache: ReferenceDataCache,
    feed: ChangeFeed,
  ) {
    feed.on('taxonomy', () => this.clear());
  }

  skillTaxonomy(): Promise<SkillTaxonomy> {
    this.skills ??= Promise.all([this.repository.skills(), this.repository.synonyms()]).then(([skills, synonyms]) => new SkillTaxonomy(skills, synonyms));
    return this.skills;
  }

  occupationTaxonomy(): Promise<OccupationTaxonomy> {
    this.occupations ??= Promise.all([this.referenceCache.occupationTitles(), this.repository.occupationTitles()]).then(
      ([titles, rows]) => new OccupationTaxonomy(titles, rows),
    );
    return this.occupations;
  }

  /** Typed job titles read as STYRK-08 occupations (candidates' experience, openings and mentors without a code). */
  occupationResolver(): Promise<OccupationResolver> {
    this.resolver ??= Promise.all([this.referenceCache.occupationTitles(), this.repository.occupationTitles()]).then(
      ([titles, rows]) => new OccupationResolver(titles, rows),
    );
    return this.resolver;
  }

  /** Likely occupations from skills through ESCO, reading Norwegian skills through the synonyms. */
  occupationInference(): Promise<OccupationInference> {
    this.inference ??= Promise.all([this.referenceData.escoLinks(), this.skillTaxonomy()]).then(([links, skills]) =>
      OccupationInference.from(links, skills.canonical),
    );
    return this.inference;
  }

  labourDemand(): Promise<LabourDemand> {
    this.demand ??= this.repository.labourDemand().then((records) => new LabourDemand(records));
    return this.demand;
  }

  private readonly listeners: ((word: string) => void)[] = [];

  /** Called after a synonym is added, with its text: records whose skills use it may now read differently. */
  onChange(listener: (word: string) => void): void {
    this.listeners.push(listener);
  }

  changed(word: string): void {
    for (const listener of this.listeners) listener(word);
  }

  clear(): void {
    this.skills = undefined;
    this.occupations = undefined;
    this.resolver = undefined;
    this.inference = undefined;
    this.demand = undefined;
  }
}
