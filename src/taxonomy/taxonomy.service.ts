import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangeFeed } from '../database/change-feed';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { Problem, problem } from '../common/problems';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { fingerprint } from '../reference-data/reference-datasets';
import { OccupationSearchResult, OccupationTitleRow } from './occupation-taxonomy';
import { SEED_SYNONYMS_NB } from './seed-synonyms';
import { SkillSearchResult } from './skill-taxonomy';
import { mergeSearch, TaxonomyVectors } from './taxonomy-vectors';
import { TaxonomyCache } from './taxonomy.cache';
import { SynonymView, TaxonomyRepository } from './taxonomy.repository';

@Injectable()
export class TaxonomyService {
  private readonly logger = new Logger('Taxonomy');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TaxonomyRepository,
    private readonly cache: TaxonomyCache,
    private readonly vectors: TaxonomyVectors,
    private readonly audit: AuditService,
    private readonly referenceData: ReferenceDataService,
    private readonly feed: ChangeFeed,
  ) {}

  /**
   * Loads the skills vocabulary, the seed synonyms, occupation titles (NAV, ESCO) and NAV's
   * labour demand. Runs at every start; skipped when those facts and the seed are unchanged.
   */
  async importAll({ force = false } = {}): Promise<void> {
    const datasets = this.referenceData.datasets();
    const digest = createHash('sha256')
      .update(fingerprint(datasets, ['escoOccupations', 'occupationTitles', 'labourDemand']))
      .update(JSON.stringify(SEED_SYNONYMS_NB))
      .digest('hex');
    if (!force && (await this.repository.importHash()) === digest) return;

    const esco = datasets.escoOccupations;
    const skills = [...new Set(esco.flatMap((o) => [...o.essential, ...o.optional]).map((s) => s.trim()))].filter(Boolean);
    const titles: OccupationTitleRow[] = [
      ...datasets.occupationTitles.map((t) => ({ ...t, source: 'nav' as const })),
      ...esco.flatMap((o) => [o.label, ...o.altLabels].map((title) => ({ code: o.isco4, title, source: 'esco' as const }))),
    ];
    const demand = datasets.labourDemand;
    const synonyms = SEED_SYNONYMS_NB.map(([synonym, skill]) => ({ synonym, skill }));
    await this.repository.replace(digest, { skills, synonyms, titles, demand });
    this.cache.clear();
    await this.feed.publish('taxonomy');
    this.logger.log(
      `Taxonomy: ${skills.length} skills, ${synonyms.length} seed synonyms (nb), ${titles.length} occupation titles, ` +
        `${demand.filter((d) => d.shortage > 0).length} labour-demand figures`,
    );
  }

  counts(): ReturnType<TaxonomyRepository['counts']> {
    return this.repository.counts();
  }

  /** Ranked by prefix, synonym, spelling and embedding similarity. */
  async searchOccupations(q: string, limit: number): Promise<OccupationSearchResult[]> {
    const [lexical, semantic] = await Promise.all([this.cache.occupationTaxonomy().then((t) => t.search(q, limit)), this.vectors.nearestOccupations(q, limit)]);
    return mergeSearch(lexical, semantic, (r) => r.code, limit);
  }

  async searchSkills(q: string, limit: number): Promise<SkillSearchResult[]> {
    const [lexical, semantic] = await Promise.all([this.cache.skillTaxonomy().then((t) => t.search(q, limit)), this.vectors.nearestSkills(q, limit)]);
    return mergeSearch(lexical, semantic, (r) => r.id, limit);
  }

  async synonyms(skillId: string): Promise<{ id: string; label: string; synonyms: SynonymView[] }> {
    const skill = await this.repository.skill(skillId);
    if (!skill) throw Problem.notFound('skill', skillId);
    return { id: skill.id, label: skill.label, synonyms: await this.repository.skillSynonyms(skillId) };
  }

  /** An admin's word for a skill; from now on free text with that word resolves to the skill. */
  async addSynonym(actor: Principal, skillId: string, label: string, lang: string): Promise<SynonymView> {
    const synonym = await this.dataSource.transaction(async (m) => {
      if (!(await this.repository.holdSkill(m, skillId))) throw Problem.notFound('skill', skillId);
      const added = await this.repository.addSynonym(m, skillId, label, lang, actor.keyId);
      if (!added) throw problem('synonym_exists', { label });
      await this.audit.record(m, actor, { action: 'skill.synonym.add', resourceType: 'skill', resourceId: skillId, details: { synonymId: added.id, lang } });
      await this.feed.publish('taxonomy', m);
      return added;
    });
    this.cache.clear();
    this.cache.changed(label);
    return synonym;
  }
}
