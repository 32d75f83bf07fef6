import { Inject, Injectable } from '@nestjs/common';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { EmbeddingProvider } from '../../embeddings/embedding-provider';
import { NO_FILTER, type SourceFilter } from '../../embeddings/embeddings.repository';
import type { Mentor } from '../../mentors/entities/mentor.entity';
import { MentorsRepository } from '../../mentors/mentors.repository';
import { MentorshipsRepository } from '../../mentorships/mentorships.repository';
import { ReferenceDataCache } from '../../reference-data/reference-data.cache';
import { candidateFacts } from '../../scoring/candidate-facts';
import { kmBetween } from '../../scoring/features/geo';
import { candidateMentorRule } from '../../scoring/hard-rules';
import { mentorFeatures } from '../../scoring/mentor-features';
import { TaxonomyCache } from '../../taxonomy/taxonomy.cache';
import { inferOccupations, mentorSummary, occupationGroups, withReadCode } from '../match-parts';
import { toVectorLiteral } from '../../embeddings/embeddings.repository';
import { RetrievalRepository } from '../../embeddings/retrieval.repository';
import type { RankQuery, Verdict } from '../rank-query';
import { MentorCatalogue, type MentorPool } from '../mentor-catalogue';

/** Mentors for a candidate. */
@Injectable()
export class MentorQuery {
  constructor(
    private readonly retrieval: RetrievalRepository,
    private readonly mentors: MentorsRepository,
    private readonly mentorships: MentorshipsRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
    private readonly catalogue: MentorCatalogue,
  ) {}

  /**
   * `pool`: the mentors the caller works with; replays for tuning (admins) rank all.
   * `historical`: judged as of when an outcome happened (see FeatureOptions).
   * `exactPool`: the same pool as organisations, for a live ranking scored exactly over every mentor.
   */
  async build(candidate: Candidate, historical: boolean, pool: SourceFilter = NO_FILTER, exactPool?: () => Promise<MentorPool>): Promise<RankQuery<Mentor>> {
    const [vectors, points, inferred, resolver] = await Promise.all([
      // Once, as floats: the catalogue scores with them, the judging compares them in SQL.
      this.retrieval.vectorsOf('candidate', [candidate.id], this.provider.info.model).then((v) => v.get(candidate.id) ?? {}),
      this.referenceData.municipalityPoints(),
      inferOccupations(this.taxonomy, candidate),
      this.taxonomy.occupationResolver(),
    ]);
    const facts = candidateFacts(candidate);
    return {
      matchType: 'mentor',
      subject: { candidateId: candidate.id, openingId: null },
      type: 'mentor',
      probes: [
        { field: 'interests', vector: vectors.interests && toVectorLiteral(vectors.interests) },
        { field: 'profile', vector: vectors.profile && toVectorLiteral(vectors.profile) },
      ],
      filter: pool,
      groups: occupationGroups(candidate, inferred),
      load: (ids) => this.mentors.findByIds(ids),
      judge: async (mentors, cosines) => {
        const places = await this.mentorships.placesFor(mentors.map((m) => m.id), candidate.id);
        return new Map<string, Verdict>(
          mentors.map((m) => {
            const distance = kmBetween(points, candidate.municipalityCode, m.municipalityCode);
            const { taken, paired } = places.get(m.id) ?? { taken: 0, paired: false };
            // A replay judges the pair as it was formed: present capacity, and its own mentorship, do not exclude it.
            const now = historical ? { ...m, active: true, taken: 0 } : { ...m, taken, paired };
            const rule = candidateMentorRule(facts, now, distance);
            if (rule) return [m.id, { rule }];
            const cosine = { interests: cosines.interests?.get(m.id) ?? null, profile: cosines.profile?.get(m.id) ?? null };
            return [m.id, { features: mentorFeatures(candidate, withReadCode(m, m.occupationTitle, resolver), cosine, distance, taken, inferred) }];
          }),
        );
      },
      ...(exactPool && !historical
        ? {
            exactTop: async (limit: number, profile: { key: string; weights: Record<string, number> }) => {
              // The candidate's own mentors are found too, so `limit` remain once the rule leaves them out.
              const own = await this.mentorships.openMentorsOf(candidate.id);
              return this.catalogue.topMentors(candidate, inferred, vectors, profile, await exactPool(), limit + own.size);
            },
          }
        : {}),
      present: (m) => ({ mentor: mentorSummary(m) }),
      recordAs: (m) => m.id,
    };
  }
}
