export * from './lib/load/load-report-source';
export * from './lib/export/render-report';
export * from './lib/export/pdf';
export * from './lib/export/text-safety';
export * from './lib/worker/report-worker-pool';
export * from './lib/snapshot/board-report-snapshots';
export * from './lib/load/report-period';
