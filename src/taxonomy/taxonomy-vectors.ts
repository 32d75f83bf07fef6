import { Injectable, Logger } from '@nestjs/common';
import { EmbeddingProvider } from '../embeddings/embedding-provider';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import type { OccupationSearchResult } from './occupation-taxonomy';
import { round, SkillLabel, SkillSearchResult } from './skill-taxonomy';
import { TaxonomyCache } from './taxonomy.cache';
import { TaxonomyRepository } from './taxonomy.repository';

/** A semantic neighbour is worth less than a label that matches as typed: it fills in below prefix matches. */
const EMBEDDING_TRUST = 0.8;
/** Cosine below which a neighbour is noise rather than a suggestion. */
const EMBEDDING_MIN = 0.5;

const SKILLS = 'taxonomy-skills';
const OCCUPATIONS = 'taxonomy-occupations';

type OccupationRef = Omit<OccupationSearchResult, 'kind' | 'score'>;

/**
 * Embedding similarity for taxonomy search: the skills' labels and synonyms and the occupations'
 * main titles, embedded once by the active model into nearest-neighbour indexes held by the
 * inference worker. With a multilingual model a Norwegian query finds English ESCO labels
 * that share no letters with it. Built in the background on first use (or at start by the
 * server); until then search is lexical only. Synonyms added later are found by their words.
 */
@Injectable()
export class TaxonomyVectors {
  private readonly logger = new Logger('Taxonomy');
  private building?: Promise<void>;
  private skills: SkillLabel[] = [];
  private occupations: OccupationRef[] = [];

  constructor(
    private readonly provider: EmbeddingProvider,
    private readonly cache: TaxonomyCache,
    private readonly repository: TaxonomyRepository,
    private readonly referenceCache: ReferenceDataCache,
  ) {}

  /** Starts building the indexes once; resolves when they are ready (a failed build is logged and retried on next use). */
  warm(): Promise<void> {
    this.building ??= this.build().catch((error) => {
      this.logger.warn(`Taxonomy search without embedding similarity: ${error instanceof Error ? error.message : error}`);
      this.building = undefined;
    });
    return this.building;
  }

  async nearestSkills(query: string, k: number): Promise<SkillSearchResult[]> {
    const hits = await this.nearest(SKILLS, this.skills, query, k);
    return hits.map(({ ref, score }) => ({ ...ref, kind: 'embedding', score }));
  }

  async nearestOccupations(query: string, k: number): Promise<OccupationSearchResult[]> {
    const hits = await this.nearest(OCCUPATIONS, this.occupations, query, k);
    return hits.map(({ ref, score }) => ({ ...ref, kind: 'embedding', score }));
  }

  private async nearest<R>(name: string, refs: R[], query: string, k: number): Promise<{ ref: R; score: number }[]> {
    void this.warm();
    if (refs.length === 0 || !query.trim()) return [];
    const hits = await this.provider.nearest(name, query, k).catch(() => []);
    return hits.filter((h) => h.score >= EMBEDDING_MIN && refs[h.index]).map((h) => ({ ref: refs[h.index], score: round(h.score * EMBEDDING_TRUST) }));
  }

  private async build(): Promise<void> {
    const started = Date.now();
    // The skills' names as the lexical index holds them, so both read the same snapshot.
    const [skills, titles, styrk] = await Promise.all([this.cache.skillTaxonomy(), this.repository.mainOccupationTitles(), this.referenceCache.occupationTitles()]);
    const skillRefs = skills.labels();
    const occupationRefs: OccupationRef[] = titles.map((t) => ({ code: t.code, title: styrk.get(t.code) ?? t.title, matched: t.title, via: t.source }));
    // The refs go live only once the worker holds the index they point into.
    await this.provider.index(SKILLS, skillRefs.map((r) => r.matched));
    this.skills = skillRefs;
    await this.provider.index(OCCUPATIONS, occupationRefs.map((r) => r.matched));
    this.occupations = occupationRefs;
    this.logger.log(
      `Taxonomy search by embedding similarity: ${skillRefs.length} skill labels and ${occupationRefs.length} occupation titles ` +
        `embedded with ${this.provider.info.model} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}

/** One row per key, the better-scored reading kept; best first (stable: lexical matches win ties). */
export function mergeSearch<T extends { score: number }>(lexical: T[], semantic: T[], key: (result: T) => string, limit: number): T[] {
  const best = new Map<string, T>();
  for (const result of [...lexical, ...semantic]) {
    const previous = best.get(key(result));
    if (!previous || result.score > previous.score) best.set(key(result), result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}
