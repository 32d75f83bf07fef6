import { Inject, Injectable } from '@nestjs/common';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { EmbeddingProvider } from '../../embeddings/embedding-provider';
import type { Opening, OpeningKind } from '../../openings/entities/opening.entity';
import { OpeningsRepository, openingsOfKind } from '../../openings/openings.repository';
import { ReferenceDataCache } from '../../reference-data/reference-data.cache';
import { candidateFacts } from '../../scoring/candidate-facts';
import { kmBetween } from '../../scoring/features/geo';
import { employerRecord, termsFit } from '../../scoring/features/opening-terms';
import { candidateOpeningRule } from '../../scoring/hard-rules';
import { TaxonomyCache } from '../../taxonomy/taxonomy.cache';
import { fitForOpening, inferOccupations, occupationGroups, openingSummary, skillReader, withReadCode } from '../match-parts';
import { toVectorLiteral } from '../../embeddings/embeddings.repository';
import { RetrievalRepository } from '../../embeddings/retrieval.repository';
import { OutcomesRepository } from '../../outcomes/outcomes.repository';
import type { RankQuery, Verdict } from '../rank-query';
import { OpeningCatalogue } from '../opening-catalogue';

/** Jobs or praksisplasser for a candidate. */
@Injectable()
export class OpeningQuery {
  constructor(
    private readonly retrieval: RetrievalRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly openings: OpeningsRepository,
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly referenceData: ReferenceDataCache,
    private readonly taxonomy: TaxonomyCache,
    private readonly catalogue: OpeningCatalogue,
  ) {}

  async build(candidate: Candidate, kind: OpeningKind, historical: boolean): Promise<RankQuery<Opening>> {
    const [vectors, points, inferred, read, resolver] = await Promise.all([
      // Once, as floats: the catalogue scores with them, the judging compares them in SQL.
      this.retrieval.vectorsOf('candidate', [candidate.id], this.provider.info.model).then((v) => v.get(candidate.id) ?? {}),
      this.referenceData.municipalityPoints(),
      inferOccupations(this.taxonomy, candidate),
      skillReader(this.taxonomy),
      this.taxonomy.occupationResolver(),
    ]);
    const facts = candidateFacts(candidate);
    return {
      matchType: kind,
      subject: { candidateId: candidate.id, openingId: null },
      type: 'opening',
      probes: [{ field: 'need', vector: vectors.profile && toVectorLiteral(vectors.profile) }],
      filter: openingsOfKind(kind),
      groups: occupationGroups(candidate, inferred),
      load: (ids) => this.openings.findByIds(ids),
      judge: async (openings, cosines) => {
        const records = await this.outcomes.employerRecords([...new Set(openings.map((o) => o.organisationId))]);
        return new Map<string, Verdict>(
          openings.map((o) => {
            const distance = kmBetween(points, candidate.municipalityCode, o.municipalityCode);
            const rule = candidateOpeningRule(facts, historical ? { ...o, status: 'open' } : o, distance, false);
            if (rule) return [o.id, { rule }];
            const record = records.get(o.organisationId) ?? { praksis: 0, hired: 0 };
            const fit = fitForOpening(candidate, withReadCode(o, o.title, resolver), cosines.need?.get(o.id) ?? null, distance, inferred, read);
            return [o.id, { features: { ...fit, employer_record: employerRecord(record.praksis, record.hired), terms: termsFit(o.permanent, o.wageSubsidy) } }];
          }),
        );
      },
      ...(historical
        ? {}
        : { exactTop: (limit: number, profile: { key: string; weights: Record<string, number> }) => this.catalogue.topOpenings(candidate, kind, inferred, vectors.profile, profile, limit) }),
      present: (o) => ({ opening: openingSummary(o) }),
      recordAs: (o) => o.id,
    };
  }
}
