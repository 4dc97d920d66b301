export * from './lib/demo-content';
export * from './lib/load-demo-data';
export * from './lib/data-set';
export * from './lib/bulk-insert';
export * from './lib/generate-bench-data';
