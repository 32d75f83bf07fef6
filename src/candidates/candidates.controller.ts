import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { CandidatesService } from './candidates.service';
import { CandidateQueryDto, CreateCandidateDto, UpdateCandidateDto } from './dto/candidate.dto';
import { CandidateView } from './dto/candidate.view';
import { ApiPage, ApiBodyExample } from '../common/openapi';
import { CREATE_CANDIDATE, UPDATE_CANDIDATE } from './dto/candidate.examples';
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

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentPrincipal() actor: Principal, @Param('id', candidateId) id: string): Promise<void> {
    return this.service.remove(actor, id);
  }
}
