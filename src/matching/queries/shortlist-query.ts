import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CandidatesRepository } from '../../candidates/candidates.repository';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { EmbeddingProvider } from '../../embeddings/embedding-provider';
import { NO_FILTER, type SourceFilter } from '../../embeddings/embeddings.repository';
import type { Opening } from '../../openings/entities/opening.entity';
import { ReferenceDataCache } from '../../reference-data/reference-data.cache';
import { candidateFacts } from '../../scoring/candidate-facts';
import { kmBetween } from '../../scoring/features/geo';
import { candidateOpeningRule } from '../../scoring/hard-rules';
import { TaxonomyCache } from '../../taxonomy/taxonomy.cache';
import type { AnonymousCandidate } from '../dto/match.dto';
import { anonymous, employerRef, fitForOpening, skillReader, withReadCode } from '../match-parts';
import { toVectorLiteral } from '../../embeddings/embeddings.repository';
import { RetrievalRepository } from '../../embeddings/retrieval.repository';
import { SecretsRepository } from '../../secrets/secrets.repository';
import type { RankQuery, RankSpec, Verdict } from '../rank-query';
import { CandidateCatalogue } from '../candidate-catalogue';
import type { CandidatePool } from '../candidate-scorer';

/** Candidates for an opening, anonymised: the employer sees competence, not identity. */
@Injectable()
export class ShortlistQuery implements OnApplicationBootstrap {
  private secret?: Promise<string>;

  constructor(
    private readonly retrieval: RetrievalRepository,
    private readonly secrets: SecretsRepository,
    private readonly candidates: CandidatesRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
    private readonly catalogue: CandidateCatalogue,
  ) {}

  /**
   * `scope`: the candidates the caller may work with; `historical`: the opening judged as open.
   * `exactPool`: the same scope as an organisation, for a live shortlist scored exactly over every candidate (null: none).
   */
  async build(opening: Opening, historical: boolean, scope: SourceFilter = NO_FILTER, exactPool?: CandidatePool | null): Promise<RankQuery<Candidate>> {
    // Once, as floats: the catalogue scores with them, the judging compares them in SQL.
    const vectors = (await this.retrieval.vectorsOf('opening', [opening.id], this.provider.info.model)).get(opening.id) ?? {};
    const secret = await this.pseudonymSecret();
    const ref = (c: Candidate) => employerRef(secret, opening.organisationId, c.id);
    // An opening with only a title is judged as the occupation its title reads as.
    const asJudged = withReadCode(historical ? { ...opening, status: 'open' as const } : opening, opening.title, await this.taxonomy.occupationResolver());
    return {
      matchType: 'shortlist',
      subject: { candidateId: null, openingId: opening.id },
      type: 'candidate',
      probes: [{ field: 'profile', vector: vectors.need && toVectorLiteral(vectors.need) }],
      filter: scope,
      groups: asJudged.occupationCode ? [asJudged.occupationCode.slice(0, 3)] : [],
      load: (ids) => this.candidates.findByIds(ids),
      judge: await this.judge(asJudged),
      ...(exactPool !== undefined && !historical
        ? { exactTop: (limit: number, profile: { key: string; weights: Record<string, number> }) => this.catalogue.topCandidates(asJudged, vectors.need, exactPool, profile, limit) }
        : {}),
      present: (c) => ({ candidate: anonymous(c, ref(c)) }),
      // Who was left out is named by reference only: some of them did not consent to be shown.
      presentExcluded: (c) => ({ candidate: { ref: ref(c) } }),
      // The record keeps what the employer saw: the ref, never the candidate's id.
      recordAs: (c) => ref(c),
    };
  }

  /** The shortlist's hard rules and features of candidates for one opening (or a need shaped like one). */
  async judge(opening: Opening): Promise<RankSpec<Candidate>['judge']> {
    const points = await this.referenceData.municipalityPoints();
    return async (candidates, cosines) => {
      const inference = await this.taxonomy.occupationInference();
      const read = await skillReader(this.taxonomy);
      return new Map<string, Verdict>(
        candidates.map((c) => {
          const distance = kmBetween(points, c.municipalityCode, opening.municipalityCode);
          const rule = candidateOpeningRule(candidateFacts(c), opening, distance, true);
          if (rule) return [c.id, { rule }];
          const inferred = inference.infer(c.skills.map((s) => s.label));
          return [c.id, { features: fitForOpening(c, opening, cosines.profile?.get(c.id) ?? null, distance, inferred, read) }];
        }),
      );
    };
  }

  /** A candidate as the employer organisation sees it in shortlists: the same ref, the same fields. */
  async anonymousFor(organisationId: string, candidate: Candidate): Promise<AnonymousCandidate> {
    return anonymous(candidate, employerRef(await this.pseudonymSecret(), organisationId, candidate.id));
  }

  /** Read at start, so a plain or previous-key pseudonym secret is re-encrypted then and a lost key stops the start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.pseudonymSecret();
  }

  /** The secret behind employers' pseudonymous refs never changes while the service runs. */
  private pseudonymSecret(): Promise<string> {
    this.secret ??= this.secrets.pseudonymSecret();
    return this.secret;
  }
}
