import { Inject, Injectable } from '@nestjs/common';
import type { Candidate } from '../candidates/entities/candidate.entity';
import { KeptInSync, replaceIn } from '../database/kept-in-sync';
import { RecordChangesRepository } from '../database/record-changes.repository';
import { EmbeddingProvider } from '../embeddings/embedding-provider';
import type { EmbeddedField } from '../embeddings/embedding-texts';
import { RetrievalRepository } from '../embeddings/retrieval.repository';
import { CohortScorer } from '../mentor-assignments/cohort-scorer';
import type { Mentor } from '../mentors/entities/mentor.entity';
import { MentorsRepository } from '../mentors/mentors.repository';
import { MentorshipsRepository } from '../mentorships/mentorships.repository';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import type { InferredOccupation } from '../taxonomy/occupation-inference';
import { TaxonomyCache } from '../taxonomy/taxonomy.cache';
import { packVectors } from '../scoring/vectors';
import { ScorerWithChanges } from './scorer-with-changes';
import type { Point } from '../scoring/features/geo';

type Vectors = Partial<Record<EmbeddedField, Float32Array>>;

/** Whose mentors a ranking may show: every mentor (admins), or those of these organisations. */
export type MentorPool = 'all' | ReadonlySet<string>;

interface Copy {
  mentors: Map<string, Mentor>;
  taken: Map<string, number>;
  vectors: Map<string, Vectors>;
}

/**
 * Every mentor with its places taken and vectors, kept in memory so a mentor ranking scores all of
 * them exactly (CohortScorer: cheap features for each, the vectors only while a bound can still
 * reach the top) instead of only those a vector search happened to find. Before each ranking it
 * brings its copy up to date (KeptInSync), so it is right across service processes and whoever
 * wrote; the ranking then judges the mentors it names from the database as before, so what is
 * shown is never older than the request.
 */
@Injectable()
export class MentorCatalogue {
  private readonly copy: KeptInSync<Copy>;
  /** The scorer over every mentor and the one over those changed since. */
  private readonly scorers: ScorerWithChanges<Mentor, CohortScorer>;
  /** What the scorers read besides the mentors, as of the last ranking. */
  private made?: { points: ReadonlyMap<string, Point>; weights: Record<string, number>; copy: Copy };

  constructor(
    changes: RecordChangesRepository,
    private readonly mentors: MentorsRepository,
    private readonly mentorships: MentorshipsRepository,
    private readonly retrieval: RetrievalRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
  ) {
    this.scorers = new ScorerWithChanges((mentors) => {
      const { copy, weights, points } = this.made!;
      return new CohortScorer(mentors, copy.taken, weights, points, copy.vectors);
    });
    this.copy = new KeptInSync(changes, ['mentor'], {
      all: async () => {
        const [mentors, taken, vectors] = await Promise.all([
          this.mentors.all(),
          this.mentorships.takenPlaces('all'),
          this.retrieval.vectorsOf('mentor', 'all', this.provider.info.model),
        ]);
        // Each field's vectors in one block (packVectors).
        const byField = (field: 'interests' | 'profile') => packVectors(new Map([...vectors].flatMap(([id, v]) => (v[field] ? [[id, v[field]] as const] : []))));
        const [interests, profile] = [byField('interests'), byField('profile')];
        const packed = new Map<string, Vectors>([...vectors.keys()].map((id) => [id, { interests: interests.get(id), profile: profile.get(id) }]));
        return { mentors: new Map(mentors.map((m) => [m.id, m])), taken, vectors: packed };
      },
      changed: async (copy, ids) => {
        const changed = ids.get('mentor') ?? [];
        const [found, taken, vectors] = await Promise.all([
          this.mentors.findByIds(changed),
          this.mentorships.takenPlaces(changed),
          this.retrieval.vectorsOf('mentor', changed, this.provider.info.model),
        ]);
        this.scorers.note(changed);
        replaceIn(copy.mentors, changed, found.map((m) => [m.id, m]));
        replaceIn(copy.taken, changed, taken);
        replaceIn(copy.vectors, changed, vectors);
      },
    });
  }

  /**
   * The ids of the candidate's best `n` mentors in the pool that pass the hard rules about the
   * mentor (capacity, gender, distance), best first, as of now. Weights by profile, whose `key`
   * (id and version) names them. The rule about the candidate's own mentorships is the caller's.
   */
  async topMentors(
    candidate: Candidate,
    inferred: InferredOccupation[],
    theirs: Vectors,
    profile: { key: string; weights: Record<string, number> },
    pool: MentorPool,
    n: number,
  ): Promise<string[]> {
    if (n <= 0 || (pool !== 'all' && pool.size === 0)) return [];
    const [{ value: copy, version, generation }, points, resolver] = await Promise.all([
      this.copy.current(),
      this.referenceData.municipalityPoints(),
      this.taxonomy.occupationResolver(),
    ]);
    this.made = { copy, points, weights: profile.weights };
    // A mentor whose occupation has only a title is scored as the occupation it reads as, as the ranking judges it.
    const asScored = (m: Mentor) => (m.occupationCode ? m : { ...m, occupationCode: resolver.best(m.occupationTitle)?.code ?? null });
    return this.scorers
      .top(
        { key: profile.key, version, generation, records: () => [...copy.mentors.values()].map(asScored), byId: (id) => copy.mentors.get(id) && asScored(copy.mentors.get(id)!) },
        (scorer, mentors, skip) =>
          scorer
            .topMentors(candidate, theirs, inferred, n, (mi) => !skip?.[mi] && (pool === 'all' || pool.has(mentors[mi].organisationId)))
            .options.map((o) => ({ i: o.mentor, score: o.score })),
        n,
      )
      .map((t) => t.id);
  }
}
