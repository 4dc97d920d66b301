export * from './lib/actor';
export * from './lib/errors';
export * from './lib/validation';
export * from './lib/graphql-enums';
