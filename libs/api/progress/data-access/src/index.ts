export * from './lib/entities';
export * from './lib/periods/reporting-period-admin.service';
