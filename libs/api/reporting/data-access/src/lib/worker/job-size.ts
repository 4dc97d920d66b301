import type { WorkerJob } from '../export/render-export';
import type { JobSource } from '../export/render-report';

/** Bytes of report data at or below which a job counts as small (about 1,500 actions with their updates). */
export const SMALL_SOURCE_BYTES = 1024 * 1024;

/** A JSON row of an action, update or commentary is about this long: the estimate for sources built in memory. */
const BYTES_PER_RECORD = 400;

/** How much report data a job carries: the length of its JSON texts as loaded, or an estimate for an object. */
export function sourceBytes(source: JobSource): number {
  if ('parts' in source) return Object.values(source.parts).reduce((sum, part) => sum + part.length, 0);
  const records =
    source.actions.length + source.updates.length + source.commentary.length + source.indicatorValues.length;
  return records * BYTES_PER_RECORD;
}

/**
 * Whether a job may use the small-jobs worker: not a PDF (printing starts a Chromium and takes seconds even
 * for a short report) and a source of at most `maxSourceBytes` (parsing and rendering grow with it).
 */
export function isSmallJob(job: WorkerJob, maxSourceBytes = SMALL_SOURCE_BYTES): boolean {
  if (job.kind === 'backup')
    return Object.values(job.backup.tables).reduce((sum, text) => sum + text.length, 0) <= maxSourceBytes;
  if (job.kind === 'stratml')
    return Object.values(job.rows.texts).reduce((sum, text) => sum + text.length, 0) <= maxSourceBytes;
  if (job.format === 'pdf') return false;
  // A frozen report is the stored model itself: its stored JSON length is the data the worker renders.
  const bytes = job.kind === 'frozen-board' ? job.modelBytes : sourceBytes(job.source);
  return bytes <= maxSourceBytes;
}
