export * from './lib/spreadsheet-io';
export * from './lib/plan-import';
export * from './lib/plan-export';
export * from './lib/backup';
export * from './lib/stratml';
