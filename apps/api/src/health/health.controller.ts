import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@waymark/api/shared/util';
import { Readiness } from '../lifecycle/readiness';

const DATABASE_CHECK_MS = 2_000;

/**
 * Probes for orchestrators and load balancers. Liveness says only that the process answers (a database blip must
 * not get every replica restarted at once); readiness says this instance can serve: migrated, not draining,
 * database reachable. `/health` is kept for existing monitors (database check, as before).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readiness: Readiness,
  ) {}

  @Public()
  @Get('live')
  live(@Res() res: Response): void {
    res.status(HttpStatus.OK).json({ status: 'ok' });
  }

  @Public()
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const state = this.readiness.state;
    const database = state === 'ready' ? await this.databaseUp() : false;
    const ok = state === 'ready' && database;
    res
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: ok ? 'ok' : 'unavailable', state, database: database ? 'up' : 'down' });
  }

  @Public()
  @Get()
  async check(@Res() res: Response): Promise<void> {
    const up = await this.databaseUp();
    res
      .status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: up ? 'ok' : 'error', database: up ? 'up' : 'down' });
  }

  private async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DATABASE_CHECK_MS)));
    const query = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
