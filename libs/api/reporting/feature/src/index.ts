export * from './lib/reporting.module';
export * from './lib/report.resolver';
export * from './lib/report-versions.resolver';
export * from './lib/report-settings.resolver';
export * from './lib/report.service';
export * from './lib/report-query';
export * from './lib/cli/report-command';
export * from './lib/report-error-response';
