import { Body, Controller, Get, Headers, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { CreateMentorshipDto, MentorshipQueryDto, MentorshipView, UpdateMentorshipDto } from './dto/mentorship.dto';
import { MentorshipsService } from './mentorships.service';
import { ApiPage, ApiProblem, ApiBodyExample } from '../common/openapi';
import { CREATE_MENTORSHIP, UPDATE_MENTORSHIP } from './dto/mentorship.examples';
import { ApiIfMatch } from '../common/versions';

const mentorshipId = new RecordIdPipe('mentorship');

/** proposed → active → completed | ended (with a reason); proposed → ended when it never starts. */
@Controller('api/v1/mentorships')
@Roles('admin', 'coordinator')
export class MentorshipsController {
  constructor(private readonly service: MentorshipsService) {}

  /**
   * Proposes a mentorship and e-mails the mentor (if it has an address) a link to accept or
   * decline, valid 14 days, no account needed; 409 when the mentor has no free place or a hard rule forbids the pair. */
  @Post()
  @ApiProblem(409, 'The mentor has no free place, or a hard rule forbids the pair.')
  @ApiBodyExample(CreateMentorshipDto, CREATE_MENTORSHIP)
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateMentorshipDto): Promise<MentorshipView> {
    return this.service.create(actor, dto);
  }

  @Get()
  @ApiPage(MentorshipView)
  list(@CurrentPrincipal() actor: Principal, @Query() query: MentorshipQueryDto): Promise<Page<MentorshipView>> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  get(@CurrentPrincipal() actor: Principal, @Param('id', mentorshipId) id: string): Promise<MentorshipView> {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @ApiProblem(409, 'A step the current status does not allow, or a missing or stale version.')
  @ApiBodyExample(UpdateMentorshipDto, UPDATE_MENTORSHIP)
  @ApiIfMatch()
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', mentorshipId) id: string,
    @Body() dto: UpdateMentorshipDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<MentorshipView> {
    return this.service.update(actor, id, dto, ifMatch);
  }
}
