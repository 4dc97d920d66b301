export * from './lib/apollo';
export * from './lib/auth.guard';
export * from './lib/graphql-errors';
export * from './lib/session-expiry';
export * from './lib/session-store';
export * from './lib/session-timeout';
export * from './lib/generated/graphql';
export * from './lib/notification-count.store';
