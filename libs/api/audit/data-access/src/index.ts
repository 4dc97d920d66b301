export * from './lib/audit-writer';
