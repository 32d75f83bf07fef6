import { Inject, Injectable } from '@nestjs/common';
import { EmbeddingProvider } from '../embeddings/embedding-provider';
import type { EmbeddedField } from '../embeddings/embedding-texts';
import { EmbeddingsRepository } from '../embeddings/embeddings.repository';
import { RetrievalRepository } from '../embeddings/retrieval.repository';
import type { Cosines, Judged, RankSpec } from './rank-query';

/** The first stage fetches this many per probe, or more when hard rules reject many. */
const POOL = 100;
const MAX_POOL = 3200;

/**
 * Finds and judges one query's records in two stages: the index's nearest under the filter and
 * the records in the query's occupation groups, then the hard rules and exact features. A record
 * saved a moment ago and not yet embedded is found by its occupation group until its vector is
 * written (milliseconds to seconds later). Nothing here depends on the weights, so its result can
 * be weighed under any profile.
 */
@Injectable()
export class TwoStageRetrieval {
  constructor(
    private readonly retrieval: RetrievalRepository,
    private readonly embeddings: EmbeddingsRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
  ) {}

  /** `exhaustive`: every record under the filter instead of the index's nearest, the reference the two stages are checked against. */
  async judgeAll<T extends { id: string }>(spec: RankSpec<T>, options: { limit: number; exhaustive?: boolean }): Promise<Judged<T>> {
    const model = this.provider.info.model;
    let pool = Math.max(POOL, options.limit * 20);
    for (;;) {
      const { ids, known } = options.exhaustive ? { ids: await this.retrieval.all(spec.type, spec.filter), known: {} } : await this.retrieve(spec, model, pool);
      const judged = await this.judge(spec, ids, known, model);
      // Hard rules rejected so many that the pool may hide better matches: look further.
      if (options.exhaustive || judged.passed.length >= options.limit || ids.length < pool || pool >= MAX_POOL) return judged;
      pool *= 4;
    }
  }

  /**
   * The records a match type found exactly (RankSpec.exactTop) judged like the first stage's;
   * `besides`: the first stage's pool too, whose records left out by a rule explain a ranking.
   */
  async judgeFound<T extends { id: string }>(spec: RankSpec<T>, found: string[], options: { limit: number; besides: boolean }): Promise<Judged<T>> {
    const model = this.provider.info.model;
    const { ids, known } = options.besides ? await this.retrieve(spec, model, Math.max(POOL, options.limit * 20)) : { ids: [], known: {} };
    return this.judge(spec, [...new Set([...found, ...ids])], known, model);
  }

  private async judge<T extends { id: string }>(spec: RankSpec<T>, ids: string[], known: Cosines, model: string): Promise<Judged<T>> {
    const items = await spec.load(ids);
    // The index already gave the cosines of what it found; only the rest are asked for.
    const cosines: Cosines = {};
    for (const probe of spec.probes) {
      const found = known[probe.field] ?? new Map<string, number>();
      const rest = await this.retrieval.cosines(spec.type, probe.field, probe.vector, model, ids.filter((id) => !found.has(id)));
      cosines[probe.field] = new Map([...found, ...rest]);
    }
    const verdicts = await spec.judge(items, cosines);
    const judged: Judged<T> = { passed: [], excluded: [] };
    for (const item of items) {
      const verdict = verdicts.get(item.id)!;
      if ('rule' in verdict) judged.excluded.push({ item, rule: verdict.rule });
      else judged.passed.push({ item, features: verdict.features });
    }
    return judged;
  }

  /** The first stage's ids, and per probe field the cosines the index found them by. */
  private async retrieve<T extends { id: string }>(spec: RankSpec<T>, model: string, pool: number): Promise<{ ids: string[]; known: Cosines }> {
    // A query without any vector yet (just saved, or empty text) has no semantic signal: rank on the explicit features.
    if (spec.probes.every((p) => !p.vector) && spec.groups.length === 0) return { ids: await this.retrieval.all(spec.type, spec.filter, MAX_POOL), known: {} };
    const ids = new Set(await this.retrieval.inOccupationGroups(spec.type, spec.groups, spec.filter, pool));
    const known: Partial<Record<EmbeddedField, Map<string, number>>> = {};
    for (const probe of spec.probes) {
      if (!probe.vector) continue;
      const nearest = await this.embeddings.nearest(spec.type, probe.field, probe.vector, model, { filter: spec.filter, limit: pool });
      known[probe.field] = new Map(nearest.map((n) => [n.ownerId, n.cosine]));
      for (const n of nearest) ids.add(n.ownerId);
    }
    return { ids: [...ids], known };
  }
}
