import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page } from '../common/dto/pagination.dto';
import { CreateOutcomeDto, OutcomeQueryDto, OutcomeView } from './dto/outcome.dto';
import { OutcomesService } from './outcomes.service';
import { ApiPage, ApiBodyExample } from '../common/openapi';
import { CREATE_OUTCOME } from './dto/outcome.examples';

/**
 * What happened after a match: the ground truth weight profiles are evaluated against.
 * Mentorship transitions record their outcomes themselves; the rest are reported here.
 */
@Controller('api/v1/outcomes')
@Roles('admin', 'coordinator', 'career_centre', 'employer')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  /** Reports an outcome; an employer only for an opening of its own organisation (403 otherwise). */
  @Post()
  @ApiBodyExample(CreateOutcomeDto, CREATE_OUTCOME)
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateOutcomeDto): Promise<OutcomeView> {
    return this.outcomes.create(actor, dto);
  }

  /** Outcomes newest first, filtered by candidate, opening, mentor or type; an employer sees its own organisation's. */
  @Get()
  @ApiPage(OutcomeView)
  list(@CurrentPrincipal() actor: Principal, @Query() query: OutcomeQueryDto): Promise<Page<OutcomeView>> {
    return this.outcomes.list(actor, query);
  }
}
