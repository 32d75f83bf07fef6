import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { CandidatesService } from './candidates.service';
import { CandidateQueryDto, CreateCandidateDto, ShareCandidateDto, UpdateCandidateDto } from './dto/candidate.dto';
import { CandidateShareView, CandidateView, ConsentTextView } from './dto/candidate.view';
import { ApiPage, ApiBodyExample } from '../common/openapi';
import { CREATE_CANDIDATE, SHARE_CANDIDATE, UPDATE_CANDIDATE } from './dto/candidate.examples';
import { ApiIfMatch } from '../common/versions';
import { ApiProblem } from '../common/openapi';

const candidateId = new RecordIdPipe('candidate');

/** Candidates' personal data: coordinators and career centres (and admins); never employers. */
@Controller('api/v1/candidates')
@Roles('admin', 'coordinator', 'career_centre')
export class CandidatesController {
  constructor(private readonly service: CandidatesService) {}

  @Post()
  @ApiBodyExample(CreateCandidateDto, CREATE_CANDIDATE)
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateCandidateDto): Promise<CandidateView> {
    return this.service.create(actor, dto);
  }

  @Get()
  @ApiPage(CandidateView)
  list(@CurrentPrincipal() actor: Principal, @Query() query: CandidateQueryDto): Promise<Page<CandidateView>> {
    return this.service.list(actor, query);
  }

  /** The consent texts in force: show them to the candidate; the consent recorded with a create or PATCH refers to this version. */
  @Get('consent-text')
  consentText(): ConsentTextView {
    return this.service.consentText();
  }

  @Get(':id')
  get(@CurrentPrincipal() actor: Principal, @Param('id', candidateId) id: string): Promise<CandidateView> {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @ApiBodyExample(UpdateCandidateDto, UPDATE_CANDIDATE)
  @ApiIfMatch()
  @ApiProblem(409, 'A missing or stale version: reload the candidate.')
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', candidateId) id: string,
    @Body() dto: UpdateCandidateDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<CandidateView> {
    return this.service.update(actor, id, dto, ifMatch);
  }

  /** The owner shares the candidate with another kommune, frivilligsentral or career centre: they see and work with it as the owner does. */
  @Post(':id/shares')
  @ApiBodyExample(ShareCandidateDto, SHARE_CANDIDATE)
  @ApiProblem(403, 'Only the owner shares a candidate.')
  share(@CurrentPrincipal() actor: Principal, @Param('id', candidateId) id: string, @Body() dto: ShareCandidateDto): Promise<CandidateShareView[]> {
    return this.service.share(actor, id, dto);
  }

  @Delete(':id/shares')
  @HttpCode(204)
  @ApiBodyExample(ShareCandidateDto, SHARE_CANDIDATE)
  @ApiProblem(403, 'Only the owner ends a share.')
  unshare(@CurrentPrincipal() actor: Principal, @Param('id', candidateId) id: string, @Body() dto: ShareCandidateDto): Promise<void> {
    return this.service.unshare(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentPrincipal() actor: Principal, @Param('id', candidateId) id: string): Promise<void> {
    return this.service.remove(actor, id);
  }
}
