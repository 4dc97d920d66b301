export * from './lib/strategy.module';
export * from './lib/resolvers/strategy-query.resolver';
export * from './lib/resolvers/strategy-admin.resolver';
export * from './lib/resolvers/action-admin.resolver';
export * from './lib/models/strategy.model';
export * from './lib/models/theme.model';
export * from './lib/models/action.model';
export * from './lib/models/rag-distribution.model';
