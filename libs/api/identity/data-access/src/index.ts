export * from './lib/entities';
export * from './lib/policy/access-policy';
