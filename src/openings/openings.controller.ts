import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { CreateOpeningDto, OpeningQueryDto, OpeningView, UpdateOpeningDto } from './dto/opening.dto';
import { OpeningsService } from './openings.service';
import { ApiPage, ApiBodyExample } from '../common/openapi';
import { CREATE_OPENING, UPDATE_OPENING } from './dto/opening.examples';
import { ApiIfMatch } from '../common/versions';
import { ApiProblem } from '../common/openapi';

const openingId = new RecordIdPipe('opening');

/** Jobs and praksisplasser. Employers write their own organisation's; coordinators and career centres read all. */
@Controller('api/v1/openings')
export class OpeningsController {
  constructor(private readonly service: OpeningsService) {}

  @Post()
  @Roles('admin', 'employer')
  @ApiBodyExample(CreateOpeningDto, CREATE_OPENING)
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateOpeningDto): Promise<OpeningView> {
    return this.service.create(actor, dto);
  }

  @Get()
  @Roles('admin', 'employer', 'coordinator', 'career_centre')
  @ApiPage(OpeningView)
  list(@CurrentPrincipal() actor: Principal, @Query() query: OpeningQueryDto): Promise<Page<OpeningView>> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @Roles('admin', 'employer', 'coordinator', 'career_centre')
  get(@CurrentPrincipal() actor: Principal, @Param('id', openingId) id: string): Promise<OpeningView> {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @Roles('admin', 'employer')
  @ApiBodyExample(UpdateOpeningDto, UPDATE_OPENING)
  @ApiIfMatch()
  @ApiProblem(409, 'A missing or stale version: reload the opening.')
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', openingId) id: string,
    @Body() dto: UpdateOpeningDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<OpeningView> {
    return this.service.update(actor, id, dto, ifMatch);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'employer')
  remove(@CurrentPrincipal() actor: Principal, @Param('id', openingId) id: string): Promise<void> {
    return this.service.remove(actor, id);
  }
}
