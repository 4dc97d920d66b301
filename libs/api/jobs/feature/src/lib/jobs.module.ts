import { type DynamicModule, Module } from '@nestjs/common';
import { JOBS_DATABASE_URL, JobScheduler, SCHEDULED_JOBS_FACTORY } from './job-scheduler';
import type { ScheduledJobsFactory } from './scheduled-job';

export interface JobsModuleOptions {
  /** The registry: builds every scheduled job from the app's database and configuration. */
  readonly jobs: ScheduledJobsFactory;
  /** The PostgreSQL the app uses (pg-boss keeps its queues in the `pgboss` schema there). */
  readonly databaseUrl: string;
}

/** The scheduler started with the API (see JobScheduler). */
@Module({})
export class JobsModule {
  static register(options: JobsModuleOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        JobScheduler,
        { provide: SCHEDULED_JOBS_FACTORY, useValue: options.jobs },
        { provide: JOBS_DATABASE_URL, useValue: options.databaseUrl },
      ],
      exports: [JobScheduler],
    };
  }
}
