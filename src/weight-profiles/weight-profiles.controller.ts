import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/roles';
import { Page } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { ActivationView, CreateWeightProfileDto, WeightProfileQueryDto, WeightProfileView } from './dto/weight-profile.dto';
import { WeightProfilesService } from './weight-profiles.service';

const profileId = new RecordIdPipe('Weight profile');

/**
 * Versioned weights per match type. Anyone with a key may read them (every ranking shows its
 * weights anyway); only admins create, preview, evaluate and activate versions.
 */
@ApiTags('weight-profiles')
@ApiBearerAuth()
@Controller('api/v1/weight-profiles')
export class WeightProfilesController {
  constructor(private readonly profiles: WeightProfilesService) {}

  /** Versions by match type, newest first; each with its weights as given and normalised. */
  @Get()
  @Roles('admin', 'coordinator', 'career_centre', 'employer')
  list(@Query() query: WeightProfileQueryDto): Promise<Page<WeightProfileView>> {
    return this.profiles.list(query);
  }

  @Get(':id')
  @Roles('admin', 'coordinator', 'career_centre', 'employer')
  get(@Param('id', profileId) id: string): Promise<WeightProfileView> {
    return this.profiles.get(id);
  }

  /** A new draft version `{matchType, weights, note}`; rankings keep using the active version until this one is activated. */
  @Post()
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateWeightProfileDto): Promise<WeightProfileView> {
    return this.profiles.create(actor, dto);
  }

  /**
   * Makes this version the active one of its match type (retiring the one before) in one step;
   * activating an older version is the rollback. Audited with who, when and the weight diff.
   * Activating the version that is active already is a 200 that changes nothing.
   */
  @Post(':id/activate')
  @HttpCode(200)
  activate(@CurrentPrincipal() actor: Principal, @Param('id', profileId) id: string): Promise<ActivationView> {
    return this.profiles.activate(actor, id);
  }
}
