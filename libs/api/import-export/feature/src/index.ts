export * from './lib/import-export.module';
export * from './lib/import-export.resolver';
export * from './lib/import-export.service';
export * from './lib/plan-import.model';
export * from './cli/import-command';
export * from './cli/backup-command';
export * from './cli/restore-command';
export * from './lib/report-template.resolver';
