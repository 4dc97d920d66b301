export * from './lib/scheduled-job';
export * from './lib/job-scheduler';
export * from './lib/jobs.module';
export * from './lib/jobs-command';
