export * from './lib/stratml-render';
export * from './lib/backup-render';
