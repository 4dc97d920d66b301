import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  DatabaseStallWatchdog,
  discardUnfinishedClients,
  OwnConnectionProbe,
  pgPool,
  STALL_WATCHDOG_DEFAULTS,
} from '@waymark/api/database';
import { DataSource } from 'typeorm';

const log = new Logger('Database');

/** Puts the stall watchdog and the discarding of timed-out clients on TypeORM's pg pool (the one pool of the app). */
@Injectable()
export class DatabaseWatchdog implements OnApplicationBootstrap, OnApplicationShutdown {
  private watchdog: DatabaseStallWatchdog | undefined;
  private probe: OwnConnectionProbe | undefined;

  constructor(private readonly dataSource: DataSource) {}

  get available(): boolean {
    return this.watchdog?.available ?? true;
  }

  onApplicationBootstrap(): void {
    const pool = pgPool(this.dataSource);
    if (!pool) return;
    discardUnfinishedClients(pool);
    this.probe = new OwnConnectionProbe(pool, STALL_WATCHDOG_DEFAULTS.probeTimeoutMs);
    this.watchdog = new DatabaseStallWatchdog(pool, this.probe.check, {
      unavailable: (ended, probeError) =>
        log.warn(
          `PostgreSQL does not answer (${probeError instanceof Error ? probeError.message : String(probeError)}): ended ${ended} stalled connection(s); requests answer SERVICE_UNAVAILABLE`,
        ),
      available: () => log.log('PostgreSQL answers again'),
    });
    this.watchdog.start();
  }

  onApplicationShutdown(): void {
    this.watchdog?.stop();
    this.probe?.close();
  }
}
