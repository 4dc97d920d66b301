export * from './lib/actor';
export * from './lib/errors';
export * from './lib/validation';
export * from './lib/graphql-enums';
export * from './lib/public';
export * from './lib/graphql-error.filter';
export * from './lib/database-error-answer';
export * from './lib/unexpected-error.filter';
