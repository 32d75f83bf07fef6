import { Controller, Get, Res } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators';
import { DATABASE_RETRY_AFTER_SECONDS } from '../common/database-errors';
import { HealthView, LivenessView } from './dto/health.view';
import { HealthService } from './health.service';

/** Health for people and for orchestrators; needs no key. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** What the service runs on and whether it can serve: 503 while the database cannot be reached. */
  @Get()
  @Public()
  @ApiResponse({ status: 200, type: HealthView })
  @ApiResponse({ status: 503, type: HealthView, description: 'The database cannot be reached.' })
  get(@Res({ passthrough: true }) response: Response): Promise<HealthView> {
    return this.ready(response);
  }

  /** Readiness: 200 when requests can be served, 503 (with `Retry-After`) while the database cannot be reached. */
  @Get('ready')
  @Public()
  @ApiResponse({ status: 200, type: HealthView })
  @ApiResponse({ status: 503, type: HealthView, description: 'The database cannot be reached.' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthView> {
    const view = await this.health.check();
    if (view.status !== 'ok') response.status(503).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    return view;
  }

  /** Liveness: the process answers. Never touches the database, so a database outage does not restart it. */
  @Get('live')
  @Public()
  live(): LivenessView {
    return { status: 'ok' };
  }
}
