import { join } from 'node:path';
import { ReportOptionError, yorkExampleSource } from '@waymark/shared/report-model';
import { DEFAULT_CHROMIUM_PATH, RendererUnavailableError } from '../export/pdf';
import type { WorkerJob } from '../export/render-export';
import type { RenderedReport } from '../export/render-report';
import { isSmallJob, SMALL_SOURCE_BYTES } from './job-size';
import type { ReportWorkerData, WorkerError } from './protocol';
import { WorkerPool, workerEntryFor, type WorkerEntry, type WorkerPoolStats } from './worker-pool';

export interface ReportWorkerPoolOptions {
  /** The browser that prints PDFs (CHROMIUM_PATH); default /usr/bin/chromium. */
  readonly chromiumPath?: string;
  /** Load the PDF driver when a worker starts rather than on its first PDF (production). */
  readonly preloadPdfDriver?: boolean;
  /** How long a stopping worker may take to close its browser before the thread is terminated anyway. */
  readonly closeGraceMs?: number;
  /** At most this many jobs wait; one more is refused at once with ReportQueueFull. Default 20. */
  readonly queueLimit?: number;
  /** At most this many exports of one partnership wait or run; one more is refused at once. Default: no limit. */
  readonly perPartnershipLimit?: number;
  /** One worker besides `size` for small jobs only (see isSmallJob). Default true. */
  readonly smallLane?: boolean;
  /** Source size up to which a job is small; default SMALL_SOURCE_BYTES. */
  readonly smallSourceBytes?: number;
  /**
   * A worker without an export for this long is stopped (its browser closed first); the next export starts one.
   * Unset or 0: workers stay until the pool closes.
   */
  readonly idleMs?: number;
  /** With `idleMs`: workers never stopped for idleness and started by `warm()` (default 0). */
  readonly keepWarm?: number;
  /** Cap of each worker's young generation (V8 otherwise grows it to 64 MB, kept while the worker lives). */
  readonly youngGenerationMb?: number;
  /** The report worker's script (WAYMARK_REPORT_WORKER); default: see `workerEntry`. */
  readonly workerFile?: string;
}

export const DEFAULT_REPORT_QUEUE_LIMIT = 20;

/** The error a worker sent back, as the class the API maps to a response (400 for options, 503 for no renderer). */
function errorFromWorker(error: WorkerError): Error {
  if (error.name === 'ReportOptionError') return new ReportOptionError(error.field ?? 'input', error.message);
  if (error.name === 'RendererUnavailableError') return new RendererUnavailableError(error.message);
  return new Error(error.message);
}

/** The report worker's entry: `workerFile` if given, else report-worker.js beside main.js, else the TypeScript source. */
export function workerEntry(workerFile?: string): WorkerEntry {
  return workerEntryFor('report-worker', join(__dirname, 'report-worker.ts'), workerFile);
}

/**
 * The pool of worker threads that render reports, PDF printing included (each worker keeps its own Chromium,
 * started on its first PDF): a WorkerPool with a small-jobs lane (a CSV of an ordinary plan must not wait a minute
 * behind someone's 100-page PDF), a bounded queue (ReportQueueFull beyond it) and, given a partnership, a bounded
 * share of it per partnership. `close()` has every worker close its browser before the thread stops, so no
 * Chromium outlives the pool.
 */
export class ReportWorkerPool {
  private readonly pool: WorkerPool<WorkerJob, RenderedReport>;

  constructor(size = 1, timeoutMs = 120_000, options: ReportWorkerPoolOptions = {}) {
    const smallBytes = options.smallSourceBytes ?? SMALL_SOURCE_BYTES;
    this.pool = new WorkerPool<WorkerJob, RenderedReport>({
      name: 'report',
      entry: () => workerEntry(options.workerFile),
      size,
      timeoutMs,
      queueLimit: options.queueLimit ?? DEFAULT_REPORT_QUEUE_LIMIT,
      perOwnerLimit: options.perPartnershipLimit,
      isSmall: (options.smallLane ?? true) ? (job) => isSmallJob(job, smallBytes) : undefined,
      // A council's Word template (up to a few MB) is moved to the worker, not structured-cloned.
      transfer: (job) => ('template' in job && job.template ? [job.template.buffer as ArrayBuffer] : []),
      workerData: (lane): ReportWorkerData => ({
        chromiumPath: options.chromiumPath ?? DEFAULT_CHROMIUM_PATH,
        // The small-jobs worker never prints a PDF: it need not load the driver.
        preloadPdfDriver: lane === 'any' && (options.preloadPdfDriver ?? false),
      }),
      closeGraceMs: options.closeGraceMs,
      idleMs: options.idleMs,
      keepWarm: options.keepWarm,
      resourceLimits:
        options.youngGenerationMb === undefined ? undefined : { maxYoungGenerationSizeMb: options.youngGenerationMb },
      decodeResult: (result) => ({
        ...result,
        bytes: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength),
      }),
      decodeError: errorFromWorker,
      crashError: (cause) =>
        cause.message.startsWith('The report') ? cause : new Error(`The report worker stopped: ${cause.message}`),
    });
  }

  /** Renders off the API thread; `partnershipId` (the asker's) counts the job against that partnership's share. */
  render(job: WorkerJob, partnershipId: string | null = null): Promise<RenderedReport> {
    return this.pool.run(job, partnershipId);
  }

  /**
   * Starts the workers now rather than on the first report: a cold worker loads docx/exceljs and the report
   * model first, which made the first download of a process about 0.7–1 s slower. One small job per format
   * through every worker, so the first real download finds the Word/Excel code loaded and compiled (a worker that
   * had only started still took ~0.9 s for its first 600-action DOCX, ~0.25 s later).
   */
  async warm(): Promise<void> {
    const source = yorkExampleSource();
    const periodId = source.periods[source.periods.length - 1]?.id;
    await this.pool.warm(
      (['docx', 'xlsx', 'html'] as const).map((format) => ({ kind: 'board', source, options: { periodId }, format })),
    );
  }

  /** For the metrics endpoint: jobs waiting, workers busy, workers started, jobs refused as the queue was full. */
  stats(): WorkerPoolStats {
    return this.pool.stats();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
