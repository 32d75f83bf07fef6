import { Inject, Injectable } from '@nestjs/common';
import type { Candidate } from '../candidates/entities/candidate.entity';
import { KeptInSync, replaceIn } from '../database/kept-in-sync';
import { RecordChangesRepository } from '../database/record-changes.repository';
import { EmbeddingProvider } from '../embeddings/embedding-provider';
import { RetrievalRepository } from '../embeddings/retrieval.repository';
import type { OpeningKind } from '../openings/entities/opening.entity';
import { OpeningFacts, OpeningsRepository } from '../openings/openings.repository';
import { OutcomesRepository } from '../outcomes/outcomes.repository';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import type { InferredOccupation } from '../taxonomy/occupation-inference';
import { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import { skillReader, withReadCode } from './match-parts';
import { OpeningScorer } from './opening-scorer';
import { ScorerWithChanges } from './scorer-with-changes';
import type { Point } from '../scoring/features/geo';
import type { SkillReader } from '../scoring/features/skills';
import { packVectors } from '../scoring/vectors';

interface Copy {
  openings: Map<string, OpeningFacts>;
  /** Each opening's need vector. */
  vectors: Map<string, Float32Array>;
  /** Per employer organisation, its praksis and hiring record. */
  records: Map<string, { praksis: number; hired: number }>;
}

/**
 * Every opening's ranking facts (no prose) with its vector and its employer's record, kept in
 * memory so a job or praksis ranking scores all openings of the kind exactly (OpeningScorer)
 * instead of only those a vector search happened to find. Kept up to date before each ranking
 * (KeptInSync), across processes and whoever wrote; the ranking then judges the openings it names
 * from the database as before, so what is shown is never older than the request.
 */
@Injectable()
export class OpeningCatalogue {
  private readonly copy: KeptInSync<Copy>;
  /** Per kind, the scorer over its openings and the one over those changed since. */
  private readonly scorers: Record<OpeningKind, ScorerWithChanges<OpeningFacts, OpeningScorer>>;
  /** What the scorers read besides the openings, as of the last ranking. */
  private made?: { points: ReadonlyMap<string, Point>; read: SkillReader; weights: Record<string, number>; copy: Copy };

  constructor(
    changes: RecordChangesRepository,
    private readonly openings: OpeningsRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly retrieval: RetrievalRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
  ) {
    const needs = (vectors: Awaited<ReturnType<RetrievalRepository['vectorsOf']>>) =>
      new Map([...vectors].flatMap(([id, v]) => (v.need ? [[id, v.need] as const] : [])));
    const make = (openings: OpeningFacts[]) => {
      const { copy, weights, points, read } = this.made!;
      return new OpeningScorer(openings, copy.vectors, copy.records, weights, points, read);
    };
    this.scorers = { job: new ScorerWithChanges(make), praksis: new ScorerWithChanges(make) };
    this.copy = new KeptInSync(changes, ['opening', 'employer'], {
      all: async () => {
        const [openings, vectors, records] = await Promise.all([
          this.openings.factsOf('all'),
          this.retrieval.vectorsOf('opening', 'all', this.provider.info.model),
          this.outcomes.employerRecords('all'),
        ]);
        return { openings: new Map(openings.map((o) => [o.id, o])), vectors: packVectors(needs(vectors)), records };
      },
      changed: async (copy, ids) => {
        const changed = ids.get('opening') ?? [];
        const employers = ids.get('employer') ?? [];
        const [found, vectors, records] = await Promise.all([
          this.openings.factsOf(changed),
          this.retrieval.vectorsOf('opening', changed, this.provider.info.model),
          this.outcomes.employerRecords(employers),
        ]);
        for (const scorer of Object.values(this.scorers)) scorer.note(changed);
        replaceIn(copy.openings, changed, found.map((o) => [o.id, o]));
        replaceIn(copy.vectors, changed, needs(vectors));
        replaceIn(copy.records, employers, records);
      },
    });
  }

  /** The ids of the candidate's best `n` open openings of the kind that pass the hard rules, best first, as of now. */
  async topOpenings(
    candidate: Candidate,
    kind: OpeningKind,
    inferred: InferredOccupation[],
    vector: Float32Array | undefined,
    profile: { key: string; weights: Record<string, number> },
    n: number,
  ): Promise<string[]> {
    const [{ value: copy, version, generation }, points, resolver, read] = await Promise.all([
      this.copy.current(),
      this.referenceData.municipalityPoints(),
      this.taxonomy.occupationResolver(),
      skillReader(this.taxonomy),
    ]);
    this.made = { copy, points, read, weights: profile.weights };
    // An opening with only a title is scored as the occupation it reads as, as the ranking judges it.
    const asScored = (o: OpeningFacts) => withReadCode(o, o.title, resolver);
    return this.scorers[kind]
      .top(
        {
          key: profile.key,
          version,
          generation,
          records: () => [...copy.openings.values()].filter((o) => o.kind === kind).map(asScored),
          byId: (id) => {
            const o = copy.openings.get(id);
            return o?.kind === kind ? asScored(o) : undefined;
          },
        },
        (scorer, _, skip) => scorer.top(candidate, vector, inferred, n, skip),
        n,
      )
      .map((t) => t.id);
  }
}
