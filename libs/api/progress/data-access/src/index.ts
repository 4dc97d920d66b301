export * from './lib/entities';
export * from './lib/writes/progress-write.service';
export * from './lib/writes/progress-activity.queries';
export * from './lib/periods/reporting-period-admin.service';
