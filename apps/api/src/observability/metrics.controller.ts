import { Controller, Get, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { Public } from '@waymark/api/shared/util';
import type { Response } from 'express';
import { Metrics } from './metrics';

const sameSecret = (given: string, expected: string): boolean =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/** GET /metrics for Prometheus, with `Authorization: Bearer <METRICS_TOKEN>`; absent when no token is configured. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  @Public()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const token = this.config.observability.metricsToken;
    if (!token) {
      res.status(HttpStatus.NOT_FOUND).end();
      return;
    }
    if (!authorization || !sameSecret(authorization, `Bearer ${token}`)) {
      res.status(HttpStatus.UNAUTHORIZED).setHeader('WWW-Authenticate', 'Bearer').end();
      return;
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}
