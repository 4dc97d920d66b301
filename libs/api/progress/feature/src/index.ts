export * from './lib/models/progress-update.model';
export * from './lib/models/reporting-period.model';
