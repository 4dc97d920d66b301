import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { PgBoss } from 'pg-boss';
import { DataSource } from 'typeorm';
import type { ScheduledJob, ScheduledJobsFactory } from './scheduled-job';

export const SCHEDULED_JOBS_FACTORY = Symbol('SCHEDULED_JOBS_FACTORY');
export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/** pg-boss's own connections, beside the app's pool: one to fetch work, one to run cron and maintenance. */
const BOSS_POOL_SIZE = 2;
/** A run taking longer than this is treated as dead and retried (by another instance if this one died). */
const RUN_EXPIRY_SECONDS = 15 * 60;

/**
 * Starts pg-boss with the API when JOBS_ENABLED (default on). Every instance registers the same schedules and
 * workers; pg-boss queues one job per cron slot whatever the number of instances and hands it to one worker
 * (SKIP LOCKED), so a schedule runs once. Jobs must still be idempotent (a run that dies is retried): reminders
 * are, through their unique delivery key.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Jobs');
  private boss: PgBoss | null = null;
  readonly jobs: readonly ScheduledJob[];

  constructor(
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
    @Inject(SCHEDULED_JOBS_FACTORY) factory: ScheduledJobsFactory,
    @Inject(JOBS_DATABASE_URL) private readonly databaseUrl: string,
    dataSource: DataSource,
  ) {
    this.jobs = factory({ dataSource, config });
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobs.enabled) await this.start();
  }

  /** Creates the queues, registers the schedules and starts working them. */
  async start(): Promise<void> {
    if (this.boss) return;
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      max: BOSS_POOL_SIZE,
      application_name: 'waymark-jobs',
    });
    boss.on('error', (error: unknown) => this.log.error({ msg: 'Job scheduler error', error: String(error) }));
    await boss.start();
    this.boss = boss;
    for (const job of this.jobs) {
      // exclusive: at most one run of a job queued or active at a time, across every instance.
      await boss.createQueue(job.name, {
        policy: 'exclusive',
        expireInSeconds: RUN_EXPIRY_SECONDS,
        retryLimit: 2,
        retryDelay: 60,
      });
      await boss.schedule(job.name, job.schedule, {}, { tz: job.timeZone });
      await boss.work(job.name, async () => {
        const started = Date.now();
        const result = await job.run(new Date(), { dryRun: false });
        this.log.log({ msg: `Job ${job.name} ran`, job: job.name, summary: result.summary, ms: Date.now() - started });
      });
    }
    this.log.log({ msg: 'Job scheduler started', jobs: this.jobs.map((j) => j.name) });
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Graceful: lets a run in progress finish (its transaction commits or rolls back; either is safe to retry).
    await boss?.stop({ graceful: true, timeout: 20_000 });
  }
}
