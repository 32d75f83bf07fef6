import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Expensive, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { EvaluateDto, EvaluationView, PreviewDto, PreviewView, SuggestionQueryDto, SuggestionView } from './dto/tuning.dto';
import { ActivationView, CreateWeightProfileDto, WeightProfileQueryDto, WeightProfileView } from '../weight-profiles/dto/weight-profile.dto';
import { WeightProfilesService } from '../weight-profiles/weight-profiles.service';
import { WeightTuningService } from './weight-tuning.service';
import { ApiPage, ApiProblem, ApiBodyExample } from '../common/openapi';
import { CREATE_WEIGHT_PROFILE, EVALUATE, PREVIEW } from './dto/weight-profile.examples';

const profileId = new RecordIdPipe('weightProfile');

/**
 * Versioned weights per match type. Anyone with a key may read them (every ranking shows its
 * weights anyway); only admins create, preview, evaluate and activate versions.
 */
@Controller('api/v1/weight-profiles')
export class WeightProfilesController {
  constructor(
    private readonly profiles: WeightProfilesService,
    private readonly tuning: WeightTuningService,
  ) {}

  /** Versions by match type, newest first; each with its weights as given and normalised. */
  @Get()
  @Roles('admin', 'coordinator', 'career_centre', 'employer')
  @ApiPage(WeightProfileView)
  list(@Query() query: WeightProfileQueryDto): Promise<Page<WeightProfileView>> {
    return this.profiles.list(query);
  }

  /**
   * Weights fitted to the recorded outcomes of a match type (pairwise logistic regression from the
   * active version, on about 70 % of the queries) with nDCG@10 and hit rate@10 on the other 30 %
   * beside the active version. Writes nothing and activates nothing; 422 with too few outcomes.
   */
  @Get('suggestion')
  @Expensive()
  @ApiProblem(422, 'Too few recorded outcomes of the match type to fit weights.')
  suggestion(@Query() query: SuggestionQueryDto): Promise<SuggestionView> {
    return this.tuning.suggest(query);
  }

  @Get(':id')
  @Roles('admin', 'coordinator', 'career_centre', 'employer')
  get(@Param('id', profileId) id: string): Promise<WeightProfileView> {
    return this.profiles.get(id);
  }

  /** A new draft version `{matchType, weights, note}`; rankings keep using the active version until this one is activated. */
  @Post()
  @ApiBodyExample(CreateWeightProfileDto, CREATE_WEIGHT_PROFILE)
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateWeightProfileDto): Promise<WeightProfileView> {
    return this.profiles.create(actor, dto);
  }

  /**
   * Ranks a sample (the given candidates or openings, or the 50 most recent) under the active
   * version and this one: per query the top-k before and after, overlap@k, Kendall's tau, and who
   * entered or left the top-k with the component that moved them. Writes nothing.
   */
  @Post(':id/preview')
  @Expensive()
  @HttpCode(200)
  @ApiBodyExample(PreviewDto, PREVIEW)
  preview(@Param('id', profileId) id: string, @Body() dto: PreviewDto): Promise<PreviewView> {
    return this.tuning.preview(id, dto);
  }

  /**
   * How well this version and the active one rank the recorded positive outcomes (nDCG@10, hit
   * rate@10), each query ranked through the live ranking path as of its outcome. Writes nothing.
   */
  @Post(':id/evaluate')
  @Expensive()
  @HttpCode(200)
  @ApiBodyExample(EvaluateDto, EVALUATE)
  evaluate(@Param('id', profileId) id: string, @Body() dto: EvaluateDto): Promise<EvaluationView> {
    return this.tuning.evaluate(id, dto);
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
