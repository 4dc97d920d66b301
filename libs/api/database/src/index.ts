export * from './lib/data-source-options';
export * from './lib/embedded/embedded-postgres-server';
export * from './lib/free-port';
export * from './lib/migrations';
export * from './lib/resolve-database-url';
export * from './lib/statement-counter';
export * from './lib/snake-naming-strategy';
export * from './lib/versioned-update';
