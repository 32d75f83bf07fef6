import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/roles';
import { Page } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { CreateMentorshipDto, MentorshipQueryDto, MentorshipView, UpdateMentorshipDto } from './dto/mentorship.dto';
import { MentorshipsService } from './mentorships.service';

const mentorshipId = new RecordIdPipe('mentorship');

/** proposed → active → completed | ended (with a reason); proposed → ended when it never starts. */
@ApiTags('mentorships')
@ApiBearerAuth()
@Controller('api/v1/mentorships')
@Roles('admin', 'coordinator')
export class MentorshipsController {
  constructor(private readonly service: MentorshipsService) {}

  /** Proposes a mentorship; 409 when the mentor has no free place or a hard rule forbids the pair. */
  @Post()
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateMentorshipDto): Promise<MentorshipView> {
    return this.service.create(actor, dto);
  }

  @Get()
  list(@Query() query: MentorshipQueryDto): Promise<Page<MentorshipView>> {
    return this.service.list(query);
  }

  @Get(':id')
  get(@Param('id', mentorshipId) id: string): Promise<MentorshipView> {
    return this.service.get(id);
  }

  @Patch(':id')
  update(@CurrentPrincipal() actor: Principal, @Param('id', mentorshipId) id: string, @Body() dto: UpdateMentorshipDto): Promise<MentorshipView> {
    return this.service.update(actor, id, dto);
  }
}
