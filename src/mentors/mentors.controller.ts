import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { CreateMentorDto, MentorQueryDto, MentorView, UpdateMentorDto } from './dto/mentor.dto';
import { MentorsService } from './mentors.service';
import { ApiPage, ApiBodyExample } from '../common/openapi';
import { CREATE_MENTOR, UPDATE_MENTOR } from './dto/mentor.examples';
import { ApiIfMatch } from '../common/versions';
import { ApiProblem } from '../common/openapi';

const mentorId = new RecordIdPipe('mentor');

@Controller('api/v1/mentors')
@Roles('admin', 'coordinator')
export class MentorsController {
  constructor(private readonly service: MentorsService) {}

  @Post()
  @ApiBodyExample(CreateMentorDto, CREATE_MENTOR)
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateMentorDto): Promise<MentorView> {
    return this.service.create(actor, dto);
  }

  @Get()
  @ApiPage(MentorView)
  list(@CurrentPrincipal() actor: Principal, @Query() query: MentorQueryDto): Promise<Page<MentorView>> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  get(@CurrentPrincipal() actor: Principal, @Param('id', mentorId) id: string): Promise<MentorView> {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @ApiBodyExample(UpdateMentorDto, UPDATE_MENTOR)
  @ApiIfMatch()
  @ApiProblem(409, 'A missing or stale version: reload the mentor.')
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', mentorId) id: string,
    @Body() dto: UpdateMentorDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<MentorView> {
    return this.service.update(actor, id, dto, ifMatch);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentPrincipal() actor: Principal, @Param('id', mentorId) id: string): Promise<void> {
    return this.service.remove(actor, id);
  }
}
