export * from './lib/entities';
export * from './lib/writes/progress-write.service';
export * from './lib/writes/progress-activity.queries';
export * from './lib/periods/reporting-period-admin.service';
export * from './lib/indicators/indicator.views';
export * from './lib/indicators/indicator-read.service';
export * from './lib/indicators/indicator-write.service';
export * from './lib/commentary/theme-commentary-read.service';
