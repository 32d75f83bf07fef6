import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import type { HealthView } from './dto/health.view';
import { HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Liveness and what the service runs on; needs no key. */
  @Get()
  @Public()
  get(): Promise<HealthView> {
    return this.health.check();
  }
}
