export * from './lib/report-source';
export * from './lib/board-report';
export * from './lib/build-board-report';
export * from './lib/changes-report';
export { formatDate, formatYears } from './lib/plan-index';
export * from './lib/york-example';
export * from './lib/frozen-report';
export * from './lib/revise-frozen-report';
export * from './lib/report-visibility';
