export * from './lib/models/progress-update.model';
export * from './lib/models/reporting-period.model';
export * from './lib/periods/reporting-period-admin.module';
export * from './lib/periods/reporting-period-admin.resolver';
export * from './lib/writes/progress-write.module';
export * from './lib/writes/progress-write.resolver';
export * from './lib/writes/progress-activity.models';
