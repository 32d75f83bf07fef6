import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuditedWriter } from '../audit/audited-writer';
import type { Principal } from '../common/principal';
import { Clock } from '../common/clock';
import { Page } from '../common/dto/pagination.dto';
import { fieldError, invalid, Problem, problem } from '../common/problems';
import { MatchingService } from '../matching/matching.service';
import type { Lang } from '../common/language';
import { Opening } from '../openings/entities/opening.entity';
import { ReferenceDataCache } from '../reference-data/reference-data.cache';
import { CodeReference, ReferenceDataService } from '../reference-data/reference-data.service';
import { CreateNeedDto, NeedQueryDto, NeedView, ProspectView } from './dto/need.dto';
import { Need } from './entities/need.entity';
import { HurtigsporRepository } from './hurtigspor.repository';

const NAMES = { resourceType: 'hurtigspor_need', label: 'need' } as const;
/** Prospects ranked per county: the most recently updated, so a request stays fast in a county with many. */
const PROSPECT_POOL = 300;

/** A broader need seen as an opening, so the shortlist's rules and features rank candidates for it. */
function needAsOpening(n: Need): Opening {
  return Object.assign(new Opening(), {
    id: n.id,
    organisationId: n.organisationId,
    kind: 'job',
    title: '',
    description: '',
    occupationCode: n.occupationCode,
    municipalityCode: n.municipalityCode,
    requiredSkills: [],
    minNorwegianLevel: null,
    norwegianLevelRequired: false,
    permanent: true,
    hoursPerWeek: null,
    wageSubsidy: null,
    positions: n.count,
    status: 'open',
    version: 1,
    createdAt: n.createdAt,
    updatedAt: n.createdAt,
  } satisfies Opening);
}

@Injectable()
export class HurtigsporNeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: HurtigsporRepository,
    private readonly matching: MatchingService,
    private readonly referenceData: ReferenceDataService,
    private readonly cache: ReferenceDataCache,
    private readonly writer: AuditedWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** An employer posts a need of its own organisation: one of its openings, or an occupation, count, place and time. */
  async create(actor: Principal, dto: CreateNeedDto): Promise<NeedView> {
    const values = dto.openingId ? await this.fromOpening(actor, dto) : await this.broader(dto);
    const from = dto.timeframe?.from ?? null;
    const to = dto.timeframe?.to ?? null;
    if (dto.timeframe && !from && !to) throw invalid([fieldError('timeframe', 'timeframe_needs_date')]);
    if (from && to && from > to) throw invalid([fieldError('timeframe.from', 'not_after', { other: 'timeframe.to' })]);
    const need = await this.writer.insert(actor, Need, NAMES, {
      ...values,
      organisationId: actor.organisationId!,
      neededFrom: from,
      neededBy: to,
      createdByKeyId: actor.keyId,
      createdAt: this.clock.now(),
    });
    return this.view(need);
  }

  /**
   * Employers list their own needs. Career centres see the needs in a county (their own by
   * default) and admins any, each with its best-ranked prospects.
   */
  async list(actor: Principal, query: NeedQueryDto, lang: Lang): Promise<Page<NeedView>> {
    const countyCode = query.county ?? (actor.role === 'career_centre' ? await this.countyOfOrganisation(actor.organisationId!) : undefined);
    const municipalityCodes = countyCode === undefined ? undefined : await this.cache.municipalitiesInCounty(countyCode);
    if (query.county && municipalityCodes!.length === 0) {
      throw invalid([fieldError('county', 'unknown_county', { value: query.county })]);
    }
    const organisationId = actor.role === 'employer' ? actor.organisationId! : undefined;
    const page = await this.repository.findNeedsPage({ ...query, organisationId, municipalityCodes });
    const prospects = actor.role === 'employer' || query.prospects === 0 ? null : await this.prospects(actor, page.items, query.prospects, lang);
    return {
      items: await Promise.all(page.items.map((n) => this.view(n, prospects?.get(n.id)))),
      page: query.page,
      limit: query.limit,
      total: page.total,
    };
  }

  async get(actor: Principal, id: string, lang: Lang): Promise<NeedView> {
    const need = await this.repository.findNeed(id);
    if (!need) throw Problem.notFound(NAMES.label, id);
    if (actor.role === 'employer') {
      if (need.organisationId !== actor.organisationId) throw problem('need_other_organisation');
      return this.view(need);
    }
    return this.view(need, (await this.prospects(actor, [need], 5, lang)).get(need.id));
  }

  /** Per need: the county's hurtigspor prospects ranked for it; each one shown is audited as a read. */
  private async prospects(actor: Principal, needs: Need[], limit: number, lang: Lang): Promise<Map<string, ProspectView[]>> {
    const points = await this.cache.municipalityPoints();
    const pools = new Map<string, Awaited<ReturnType<HurtigsporRepository['prospectsIn']>>>();
    const openCases = await this.repository.openCasesOfNeeds(needs.map((n) => n.id));
    const openings = await this.repository.openingsById(needs.flatMap((n) => (n.openingId ? [n.openingId] : [])));
    const result = new Map<string, ProspectView[]>();
    for (const need of needs) {
      const county = points.get(need.municipalityCode)?.countyCode;
      if (!county) continue;
      if (!pools.has(county)) pools.set(county, await this.repository.prospectsIn(await this.cache.municipalitiesInCounty(county), PROSPECT_POOL));
      const opening = need.openingId ? openings.get(need.openingId) : undefined;
      const target = opening ? { opening, embedded: true } : { opening: needAsOpening(need), embedded: false };
      const ranked = await this.matching.rankCandidates(target, pools.get(county)!, limit, lang);
      result.set(
        need.id,
        ranked.map((r, i) => ({
          rank: i + 1,
          candidateId: r.candidate.id,
          fullName: r.candidate.fullName,
          score: r.score,
          components: r.components,
          reasons: r.reasons,
          openCaseId: openCases.find((c) => c.needId === need.id && c.candidateId === r.candidate.id)?.caseId ?? null,
        })),
      );
    }
    const shown = [...result.entries()].flatMap(([needId, list]) => list.map((p) => ({ needId, candidateId: p.candidateId })));
    await this.audit.record(
      this.dataSource.manager,
      actor,
      ...shown.map((s) => ({ action: 'candidate.prospect', resourceType: 'candidate', resourceId: s.candidateId, details: { needId: s.needId } })),
    );
    return result;
  }

  private async fromOpening(actor: Principal, dto: CreateNeedDto): Promise<Pick<Need, 'openingId' | 'occupationCode' | 'count' | 'municipalityCode'>> {
    const given = (['occupationCode', 'municipalityCode'] as const).filter((f) => dto[f] !== undefined);
    if (given.length > 0) {
      throw invalid(given.map((field) => fieldError(field, 'taken_from_opening')));
    }
    const opening = await this.repository.findOpening(dto.openingId!);
    if (!opening) throw Problem.notFound('opening', dto.openingId!);
    if (opening.organisationId !== actor.organisationId) throw problem('opening_other_organisation');
    return { openingId: opening.id, occupationCode: opening.occupationCode, count: dto.count ?? opening.positions, municipalityCode: opening.municipalityCode };
  }

  private async broader(dto: CreateNeedDto): Promise<Pick<Need, 'openingId' | 'occupationCode' | 'count' | 'municipalityCode'>> {
    const references: CodeReference[] = [
      { field: 'occupationCode', kind: 'occupation', code: dto.occupationCode! },
      { field: 'municipalityCode', kind: 'municipality', code: dto.municipalityCode! },
    ];
    await this.referenceData.assertCodesExist(references);
    return { openingId: null, occupationCode: dto.occupationCode!, count: dto.count!, municipalityCode: dto.municipalityCode! };
  }

  private async countyOfOrganisation(organisationId: string): Promise<string | undefined> {
    const organisation = await this.repository.findOrganisation(organisationId);
    return organisation ? (await this.cache.municipalityPoints()).get(organisation.municipalityCode)?.countyCode : undefined;
  }

  private async view(need: Need, prospects?: ProspectView[]): Promise<NeedView> {
    const titles = await this.cache.occupationTitles();
    const county = (await this.cache.municipalityPoints()).get(need.municipalityCode)?.countyCode ?? null;
    return NeedView.of(need, need.occupationCode ? (titles.get(need.occupationCode) ?? null) : null, county, prospects);
  }
}
