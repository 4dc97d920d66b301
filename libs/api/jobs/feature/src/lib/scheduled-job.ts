import type { WaymarkConfig } from '@waymark/api/shared/config';
import type { DataSource } from 'typeorm';

export interface JobRunOptions {
  /** Work out and report what the job would do, changing nothing. */
  readonly dryRun: boolean;
}

/** What a run did, in words an administrator reads at the command line or in the log. */
export interface JobRunResult {
  readonly summary: string;
}

/** One scheduled job: listed once in the app's registry (apps/api/src/jobs/scheduled-jobs.ts). */
export interface ScheduledJob {
  /** Queue name: lowercase words and dashes. */
  readonly name: string;
  /** Cron expression (five fields), evaluated in `timeZone`. */
  readonly schedule: string;
  readonly timeZone: string;
  readonly description: string;
  /** `now` is injected so tests and the command line can drive the clock. */
  run(now: Date, options: JobRunOptions): Promise<JobRunResult>;
}

/** What every job is built from, in the server and in the command line alike. */
export interface JobContext {
  readonly dataSource: DataSource;
  readonly config: WaymarkConfig;
}

export type ScheduledJobsFactory = (context: JobContext) => readonly ScheduledJob[];
