import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  DatabaseStallWatchdog,
  discardUnfinishedClients,
  OwnConnectionProbe,
  STALL_WATCHDOG_DEFAULTS,
} from '@waymark/api/database';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

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
    const driver = this.dataSource.driver;
    if (!(driver instanceof PostgresDriver)) return;
    const pool: Pool = driver.master;
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
