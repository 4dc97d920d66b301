export * from './lib/report-source';
export * from './lib/board-report';
export * from './lib/build-board-report';
export * from './lib/changes-report';
export { formatDate, formatYears } from './lib/plan-index';
export * from './lib/york-example';
