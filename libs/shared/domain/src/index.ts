export * from './lib/enums';
export * from './lib/labels';
export * from './lib/numbering';
export * from './lib/rag-rules';
export * from './lib/period-rules';
export * from './lib/deadline-words';
