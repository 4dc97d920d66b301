import {
  renderBackupJson,
  renderStratml,
  type PartnershipBackupText,
  type StratmlRows,
} from '@waymark/api/import-export/render';
import type { RenderedReport, ReportJob } from './render-report';

/**
 * Downloads of the import-export library that are rendered in the report worker: the rows are read on the API
 * thread (set-based), the XML and JSON text is built here, off the event loop.
 */
export type ExportJob =
  | { readonly kind: 'stratml'; readonly rows: StratmlRows; readonly filename: string }
  | { readonly kind: 'backup'; readonly backup: PartnershipBackupText; readonly filename: string };

/** Everything the report worker pool runs. */
export type WorkerJob = ReportJob | ExportJob;

export function isExportJob(job: WorkerJob): job is ExportJob {
  return job.kind === 'stratml' || job.kind === 'backup';
}

export function renderExport(job: ExportJob): RenderedReport {
  const text = job.kind === 'stratml' ? renderStratml(job.rows) : renderBackupJson(job.backup);
  const contentType = job.kind === 'stratml' ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8';
  return { bytes: Buffer.from(text, 'utf8'), contentType, filename: job.filename, landscape: false };
}
