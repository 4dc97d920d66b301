import type { WorkerJob } from '../export/render-export';
import type { RenderedReport } from '../export/render-report';

/** A job to render (for `pdf`, printed to PDF in the worker), or the request to close the worker's browser before it stops. */
export type WorkerRequest =
  | { readonly id: number; readonly job: WorkerJob }
  | { readonly id: number; readonly close: true };

export interface WorkerError {
  readonly name: string;
  readonly message: string;
  readonly field: string | null;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: RenderedReport }
  | { readonly id: number; readonly ok: false; readonly error: WorkerError }
  | { readonly id: number; readonly closed: true };

/** Settings handed to each worker thread at start (its `workerData`), from the validated configuration. */
export interface ReportWorkerData {
  readonly chromiumPath: string;
  readonly preloadPdfDriver: boolean;
}
