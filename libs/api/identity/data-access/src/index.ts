export * from './lib/entities';
export * from './lib/policy/access-policy';
export * from './lib/password/password';
export * from './lib/actor/actor-loader';
export * from './lib/sign-in/sign-in-method';
export * from './lib/sign-in/sign-in-rate-limiter';
export * from './lib/sign-in/password-sign-in';
export * from './lib/sign-in/security-events';
