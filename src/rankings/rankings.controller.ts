import { Controller, Get, Param } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { RecordIdPipe } from '../common/id.pipe';
import { RecordedRankingView } from './dto/ranking.dto';
import { RankingsService } from './rankings.service';

@Controller('api/v1/rankings')
export class RankingsController {
  constructor(private readonly rankings: RankingsService) {}

  /**
   * A ranking as it was returned (its `id` is in every ranking response): what was ranked, under
   * which weight profile version, and each score reproduced from the recorded feature values.
   * For admins, and for the key or organisation that asked for it; a shortlist stays pseudonymous.
   */
  @Get(':id')
  @Roles('admin', 'coordinator', 'career_centre', 'employer')
  get(@CurrentPrincipal() actor: Principal, @Param('id', new RecordIdPipe('ranking')) id: string): Promise<RecordedRankingView> {
    return this.rankings.get(actor, id);
  }
}
