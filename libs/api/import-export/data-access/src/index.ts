export * from './lib/spreadsheet-io';
export * from './lib/plan-import';
export * from './lib/plan-export';
export * from './lib/backup';
export * from './lib/stratml';
export * from './lib/plan-sheet';
export * from './lib/uploads/staged-uploads';
export * from './lib/worker/import-worker-pool';
