import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Expensive, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page, PageQueryDto } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { langFrom } from '../common/language';
import { CaseQueryDto, CaseSummary, CaseView, CreateCaseDto, MetricsQueryDto, TransitionDto } from './dto/case.dto';
import { CreateNeedDto, NeedQueryDto, NeedView } from './dto/need.dto';
import { HurtigsporCasesService } from './hurtigspor-cases.service';
import { HurtigsporMetricsService } from './hurtigspor-metrics.service';
import { HurtigsporNeedsService } from './hurtigspor-needs.service';
import { ApiAcceptLanguage, ApiPage, ApiProblem, ApiBodyExample } from '../common/openapi';
import { HurtigsporMetricsView } from './dto/metrics.dto';
import { CREATE_CASE, CREATE_NEED, TRANSITION } from './dto/hurtigspor.examples';

const needId = new RecordIdPipe('need');
const caseId = new RecordIdPipe('case');

/**
 * The hurtigspor: employers post needs, career centres refer mapped candidates to them, and each
 * case moves mapped → referred → employer_review → interview → praksis → hired (or closed),
 * every step owned by one side and due by a deadline in working days.
 */
@Controller('api/v1/hurtigspor')
export class HurtigsporController {
  constructor(
    private readonly needs: HurtigsporNeedsService,
    private readonly cases: HurtigsporCasesService,
    private readonly metricsService: HurtigsporMetricsService,
  ) {}

  @Post('needs')
  @Roles('employer')
  @ApiOperation({ summary: 'Post a need of your organisation: one of its openings, or occupationCode, count, municipalityCode and timeframe' })
  @ApiBodyExample(CreateNeedDto, CREATE_NEED)
  createNeed(@CurrentPrincipal() actor: Principal, @Body() dto: CreateNeedDto): Promise<NeedView> {
    return this.needs.create(actor, dto);
  }

  @Get('needs')
  @Expensive()
  @Roles('admin', 'employer', 'career_centre')
  @ApiOperation({ summary: 'Needs: an employer its own; a career centre those in a county (its own by default), each with its top-ranked prospects' })
  @ApiAcceptLanguage()
  @ApiPage(NeedView)
  listNeeds(@CurrentPrincipal() actor: Principal, @Query() query: NeedQueryDto, @Headers('accept-language') acceptLanguage?: string): Promise<Page<NeedView>> {
    return this.needs.list(actor, query, langFrom(acceptLanguage));
  }

  @Get('needs/:id')
  @Expensive()
  @Roles('admin', 'employer', 'career_centre')
  @ApiAcceptLanguage()
  getNeed(@CurrentPrincipal() actor: Principal, @Param('id', needId) id: string, @Headers('accept-language') acceptLanguage?: string): Promise<NeedView> {
    return this.needs.get(actor, id, langFrom(acceptLanguage));
  }

  @Post('cases')
  @Roles('career_centre')
  @ApiOperation({ summary: 'Put a mapped candidate on the hurtigspor towards a need or an opening (exactly one); 409 if an open case exists' })
  @ApiProblem(409, 'The candidate has an open case for this need or opening, or has not consented to matching.')
  @ApiBodyExample(CreateCaseDto, CREATE_CASE)
  createCase(@CurrentPrincipal() actor: Principal, @Body() dto: CreateCaseDto): Promise<CaseSummary> {
    return this.cases.create(actor, dto);
  }

  @Get('cases')
  @Roles('admin', 'employer', 'career_centre')
  @ApiPage(CaseSummary)
  listCases(@CurrentPrincipal() actor: Principal, @Query() query: CaseQueryDto): Promise<Page<CaseSummary>> {
    return this.cases.list(actor, query);
  }

  @Get('cases/:id')
  @Roles('admin', 'employer', 'career_centre')
  @ApiOperation({ summary: 'A case with its history; the employer sees the candidate anonymised until the interview' })
  getCase(@CurrentPrincipal() actor: Principal, @Param('id', caseId) id: string): Promise<CaseView> {
    return this.cases.get(actor, id);
  }

  @Post('cases/:id/transitions')
  @HttpCode(200)
  @Roles('admin', 'employer', 'career_centre')
  @ApiOperation({ summary: 'Move a case one step; only along allowed edges, by the side that owns the step, at the version you saw' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeat a request with the same key to get the first response; the same key with another request is 422' })
  @ApiResponse({ status: 200, type: CaseSummary })
  @ApiProblem(403, 'Not a party of the case, or the step is the other side\'s')
  @ApiProblem(409, 'Step not allowed from the current state, stale expectedVersion, no consent to share, or a side confirming twice')
  @ApiProblem(422, 'Idempotency-Key reused for a different request')
  @ApiBodyExample(TransitionDto, TRANSITION)
  transition(
    @CurrentPrincipal() actor: Principal,
    @Param('id', caseId) id: string,
    @Body() dto: TransitionDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<CaseSummary> {
    return this.cases.transition(actor, id, dto, idempotencyKey);
  }

  @Get('tasks')
  @Roles('admin', 'employer', 'career_centre')
  @ApiOperation({ summary: 'Open cases waiting on your organisation (all open cases for an admin), overdue first, then by deadline' })
  @ApiPage(CaseSummary)
  tasks(@CurrentPrincipal() actor: Principal, @Query() query: PageQueryDto): Promise<Page<CaseSummary>> {
    return this.cases.tasks(actor, query);
  }

  @Get('metrics')
  @Roles('admin', 'career_centre')
  @ApiOperation({ summary: 'Cases created in the window: per state, median days mapped→praksis and mapped→hired, praksis→hired per employer' })
  metrics(@CurrentPrincipal() actor: Principal, @Query() query: MetricsQueryDto): Promise<HurtigsporMetricsView> {
    return this.metricsService.metrics(actor, query);
  }
}
