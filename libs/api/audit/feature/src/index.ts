export * from './lib/audit-log.module';
export * from './lib/audit-log.resolver';
