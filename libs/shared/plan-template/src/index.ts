export * from './lib/columns';
export * from './lib/values';
export * from './lib/rows';
export * from './lib/template';
export * from './lib/header-row';
