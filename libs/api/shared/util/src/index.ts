export * from './lib/actor';
export * from './lib/errors';
export * from './lib/validation';
