export * from './lib/spreadsheet-io';
export * from './lib/plan-import';
export * from './lib/plan-export';
