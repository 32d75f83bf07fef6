import { Inject, Injectable } from '@nestjs/common';
import { CandidateScoringFacts, CandidatesRepository } from '../candidates/candidates.repository';
import { KeptInSync, replaceIn } from '../database/kept-in-sync';
import { RecordChangesRepository } from '../database/record-changes.repository';
import { EmbeddingProvider } from '../embeddings/embedding-provider';
import { RetrievalRepository } from '../embeddings/retrieval.repository';
import type { Opening } from '../openings/entities/opening.entity';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import type { InferredOccupation } from '../taxonomy/occupation-inference';
import { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import { CandidatePool, CandidateScorer } from './candidate-scorer';
import { skillReader } from './match-parts';
import { ScorerWithChanges } from './scorer-with-changes';
import type { Point } from '../scoring/features/geo';
import type { SkillReader } from '../scoring/features/skills';
import { packVectors } from '../scoring/vectors';

interface Copy {
  candidates: Map<string, CandidateScoringFacts>;
  /** The occupations each candidate's skills point to, as the shortlist reads them. */
  inferred: Map<string, InferredOccupation[]>;
  /** Each candidate's profile vector. */
  vectors: Map<string, Float32Array>;
}

/**
 * Every candidate's scoring facts (no names, no prose) with the occupations its skills point to
 * and its profile vector, kept in memory so a shortlist scores every candidate exactly
 * (CandidateScorer) instead of only those a vector search happened to find. Kept up to date
 * before each shortlist (KeptInSync); the shortlist then judges the candidates it names from the
 * database as before, so what is shown is never older than the request.
 */
@Injectable()
export class CandidateCatalogue {
  private readonly copy: KeptInSync<Copy>;
  /** The scorer over every candidate and the one over those changed since. */
  private readonly scorers: ScorerWithChanges<CandidateScoringFacts, CandidateScorer>;
  /** What the scorers read besides the candidates, as of the last shortlist. */
  private made?: { points: ReadonlyMap<string, Point>; read: SkillReader; weights: Record<string, number>; copy: Copy };

  constructor(
    changes: RecordChangesRepository,
    private readonly candidates: CandidatesRepository,
    private readonly retrieval: RetrievalRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
  ) {
    const read = async (ids: string[] | 'all') => {
      const [facts, vectors, inference] = await Promise.all([
        this.candidates.scoringFactsOf(ids),
        this.retrieval.vectorsOf('candidate', ids, this.provider.info.model),
        this.taxonomy.occupationInference(),
      ]);
      const profiles = new Map([...vectors].flatMap(([id, v]) => (v.profile ? [[id, v.profile] as const] : [])));
      return { facts, profiles, inferred: facts.map((c) => [c.id, inference.infer(c.skills.map((s) => s.label))] as const) };
    };
    this.scorers = new ScorerWithChanges((candidates) => {
      const { copy, weights, points, read } = this.made!;
      return new CandidateScorer(candidates, copy.inferred, copy.vectors, weights, points, read);
    });
    this.copy = new KeptInSync(changes, ['candidate'], {
      all: async () => {
        const { facts, profiles, inferred } = await read('all');
        return { candidates: new Map(facts.map((c) => [c.id, c])), inferred: new Map(inferred), vectors: packVectors(profiles) };
      },
      changed: async (copy, ids) => {
        const changed = ids.get('candidate') ?? [];
        const { facts, profiles, inferred } = await read(changed);
        this.scorers.note(changed);
        replaceIn(copy.candidates, changed, facts.map((c) => [c.id, c]));
        replaceIn(copy.inferred, changed, inferred);
        replaceIn(copy.vectors, changed, profiles);
      },
    });
  }

  /** The ids of the best `n` candidates in the pool for the opening (as judged: a title read as its occupation), best first, as of now. */
  async topCandidates(
    opening: Opening,
    vector: Float32Array | undefined,
    pool: CandidatePool | null,
    profile: { key: string; weights: Record<string, number> },
    n: number,
  ): Promise<string[]> {
    if (pool === null) return [];
    const [{ value: copy, version, generation }, points, read] = await Promise.all([
      this.copy.current(),
      this.referenceData.municipalityPoints(),
      skillReader(this.taxonomy),
    ]);
    this.made = { copy, points, read, weights: profile.weights };
    return this.scorers
      .top(
        { key: profile.key, version, generation, records: () => [...copy.candidates.values()], byId: (id) => copy.candidates.get(id) },
        (scorer, _, skip) => scorer.top(opening, vector, pool, n, skip),
        n,
      )
      .map((t) => t.id);
  }
}
