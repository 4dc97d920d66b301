export * from './lib/enums';
export * from './lib/labels';
export * from './lib/numbering';
export * from './lib/rag-rules';
export * from './lib/period-rules';
export * from './lib/history-wording';
export * from './lib/local-date';
export { daysBetween, deadlineInWords } from './lib/deadline-words';
export * from './lib/plural-words';
