import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { CurrentPrincipal, Expensive, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { RecordIdPipe } from '../common/id.pipe';
import { ApiAcceptLanguage } from '../common/openapi';
import { MatchQueryDto, OpeningMatchQueryDto, RankingView } from './dto/match.dto';
import { MatchingService, RankOptions } from './matching.service';
import { langFrom } from '../common/language';

const options = (query: MatchQueryDto, acceptLanguage: string | undefined): RankOptions => ({
  limit: query.limit,
  explainExcluded: query.explainExcluded === 'true',
  lang: langFrom(acceptLanguage),
});

/** Explainable rankings: each result's components sum to its score; reasons in nb (default) or en. */
@ApiAcceptLanguage()
@Controller('api/v1')
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('candidates/:id/mentor-matches')
  @Expensive()
  @Roles('admin', 'coordinator')
  mentorMatches(
    @CurrentPrincipal() actor: Principal,
    @Param('id', new RecordIdPipe('candidate')) id: string,
    @Query() query: MatchQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<RankingView> {
    return this.matching.mentorMatches(actor, id, options(query, acceptLanguage));
  }

  @Get('candidates/:id/opening-matches')
  @Expensive()
  @Roles('admin', 'coordinator', 'career_centre')
  openingMatches(
    @CurrentPrincipal() actor: Principal,
    @Param('id', new RecordIdPipe('candidate')) id: string,
    @Query() query: OpeningMatchQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<RankingView> {
    return this.matching.openingMatches(actor, id, query.kind, options(query, acceptLanguage));
  }

  /** Anonymised candidates for an opening: for the opening's own employer, coordinators, career centres and admins. */
  @Get('openings/:id/shortlist')
  @Expensive()
  @Roles('admin', 'employer', 'coordinator', 'career_centre')
  shortlist(
    @CurrentPrincipal() actor: Principal,
    @Param('id', new RecordIdPipe('opening')) id: string,
    @Query() query: MatchQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<RankingView> {
    return this.matching.shortlist(actor, id, options(query, acceptLanguage));
  }
}
