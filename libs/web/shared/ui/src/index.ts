export * from './lib/labels';
export * from './lib/rag-tag';
export * from './lib/review-state-tag';
export * from './lib/error-summary';
export * from './lib/loading';
export * from './lib/notification-banner';
export * from './lib/rag-bars';
export * from './lib/rag-strip';
