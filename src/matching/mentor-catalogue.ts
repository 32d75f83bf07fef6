import { Inject, Injectable } from '@nestjs/common';
import type { Candidate } from '../candidates/entities/candidate.entity';
import { RECORD_CHANGES_KEPT_MS, RecordChangesRepository } from '../database/record-changes.repository';
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

type Vectors = Partial<Record<EmbeddedField, Float32Array>>;

/** More changed mentors than this at once (an import) are read again in full rather than one by one. */
const RELOAD_ABOVE = 2_000;

/** Whose mentors a ranking may show: every mentor (admins), or those of these organisations. */
export type MentorPool = 'all' | ReadonlySet<string>;

/**
 * Every mentor with its places taken and vectors, kept in memory so a mentor ranking scores all of
 * them exactly (CohortScorer: cheap features for each, the vectors only while a bound can still
 * reach the top) instead of only those a vector search happened to find. Before each ranking it
 * asks the database which mentors changed since the snapshot it was read at (RecordChangesRepository), so
 * it is right across service processes and whoever wrote; the ranking then judges the mentors it
 * names from the database as before, so what is shown is never older than the request.
 */
@Injectable()
export class MentorCatalogue {
  private state?: { snapshot: string; readAt: number; mentors: Map<string, Mentor>; taken: Map<string, number>; vectors: Map<string, Vectors> };
  /** The scorer over the current state under one weight profile; made again after any change. */
  private scorer?: { key: string; scorer: CohortScorer; mentors: Mentor[] };
  /** Counts the changes the state took in: a scorer is for one count. */
  private version = 0;
  private tail: Promise<void> = Promise.resolve();
  private queued?: Promise<void>;

  constructor(
    private readonly changes: RecordChangesRepository,
    private readonly mentors: MentorsRepository,
    private readonly mentorships: MentorshipsRepository,
    private readonly retrieval: RetrievalRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
  ) {}

  /**
   * The ids of the candidate's best `n` mentors in the pool that pass the hard rules about the
   * mentor (capacity, gender, distance), best first, as of now. Weights by profile, whose `key`
   * (id and version) names them. The rule about the candidate's own mentorships is the caller's.
   */
  async topMentors(
    candidate: Candidate,
    inferred: InferredOccupation[],
    profile: { key: string; weights: Record<string, number> },
    pool: MentorPool,
    n: number,
  ): Promise<string[]> {
    if (n <= 0 || (pool !== 'all' && pool.size === 0)) return [];
    await this.sync();
    const { scorer, mentors } = await this.scorerFor(profile);
    const vectors = (await this.retrieval.vectorsOf('candidate', [candidate.id], this.provider.info.model)).get(candidate.id) ?? {};
    const among = pool === 'all' ? undefined : (mi: number) => pool.has(mentors[mi].organisationId);
    return scorer.topMentors(candidate, vectors, inferred, n, among).options.map((o) => mentors[o.mentor].id);
  }

  /**
   * Brings the catalogue up to date. Everyone who asks before a refresh starts shares it (it
   * starts after they asked, so it sees what they committed); who asks later waits for the next.
   */
  private sync(): Promise<void> {
    if (this.queued) return this.queued;
    const run = this.tail.then(() => {
      this.queued = undefined;
      return this.refresh();
    });
    this.queued = run;
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async refresh(): Promise<void> {
    const state = this.state;
    if (!state || Date.now() - state.readAt > RECORD_CHANGES_KEPT_MS / 2) return this.readAll();
    const snapshot = await this.changes.snapshot();
    const changed = await this.changes.since('mentor', state.snapshot);
    if (changed.length > RELOAD_ABOVE) return this.readAll();
    if (changed.length > 0) {
      const model = this.provider.info.model;
      const [found, taken, vectors] = await Promise.all([
        this.mentors.findByIds(changed),
        this.mentorships.takenPlaces(changed),
        this.retrieval.vectorsOf('mentor', changed, model),
      ]);
      for (const id of changed) {
        state.mentors.delete(id);
        state.taken.delete(id);
        state.vectors.delete(id);
      }
      for (const m of found) state.mentors.set(m.id, m);
      for (const [id, n] of taken) state.taken.set(id, n);
      for (const [id, v] of vectors) state.vectors.set(id, v);
      this.version++;
    }
    state.snapshot = snapshot;
    state.readAt = Date.now();
  }

  /** Every mentor, read after the snapshot is taken: a change committed in between is read again at the next refresh. */
  private async readAll(): Promise<void> {
    await this.changes.prune();
    const snapshot = await this.changes.snapshot();
    const [mentors, taken, vectors] = await Promise.all([
      this.mentors.all(),
      this.mentorships.takenPlaces('all'),
      this.retrieval.vectorsOf('mentor', 'all', this.provider.info.model),
    ]);
    this.state = { snapshot, readAt: Date.now(), mentors: new Map(mentors.map((m) => [m.id, m])), taken, vectors };
    this.version++;
  }

  private async scorerFor(profile: { key: string; weights: Record<string, number> }): Promise<{ scorer: CohortScorer; mentors: Mentor[] }> {
    if (this.scorer?.key === `${profile.key}@${this.version}`) return this.scorer;
    const [points, resolver] = await Promise.all([this.referenceData.municipalityPoints(), this.taxonomy.occupationResolver()]);
    // Read after the awaits, in one go with the scorer: a refresh meanwhile is then already in it.
    const state = this.state!;
    // A mentor whose occupation has only a title is scored as the occupation it reads as, as the ranking judges it.
    const mentors = [...state.mentors.values()].map((m) => (m.occupationCode ? m : { ...m, occupationCode: resolver.best(m.occupationTitle)?.code ?? null }));
    const scorer = new CohortScorer(mentors, state.taken, profile.weights, points, state.vectors);
    this.scorer = { key: `${profile.key}@${this.version}`, scorer, mentors };
    return this.scorer;
  }
}
