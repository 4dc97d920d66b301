import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ReportOptionError, yorkExampleSource } from '@waymark/shared/report-model';
import { RendererUnavailableError } from '../export/pdf';
import type { WorkerJob } from '../export/render-export';
import type { RenderedReport } from '../export/render-report';
import { DEFAULT_CHROMIUM_PATH } from '../export/pdf';
import { isSmallJob, SMALL_SOURCE_BYTES } from './job-size';
import type { ReportWorkerData, WorkerError, WorkerReply, WorkerRequest } from './protocol';
import { ReportQueueFull } from './report-queue-full';

interface Pending {
  readonly request: WorkerRequest & { readonly job: WorkerJob };
  readonly small: boolean;
  /** Warm-up jobs run on the worker they warm. */
  readonly slot: Slot | null;
  resolve(result: RenderedReport): void;
  reject(error: Error): void;
}

/** `any` workers take every job in arrival order; the `small` worker only small ones, so they never wait behind a big one. */
type Lane = 'any' | 'small';

interface Slot {
  readonly lane: Lane;
  worker: Worker;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
  /** Set once the slot is being stopped: resolves when the worker has closed its browser (or did not answer in time). */
  closing: Promise<void> | null;
  onClosed: (() => void) | null;
}

export interface ReportWorkerPoolOptions {
  /** The browser that prints PDFs (CHROMIUM_PATH); default /usr/bin/chromium. */
  readonly chromiumPath?: string;
  /** Load the PDF driver when a worker starts rather than on its first PDF (production). */
  readonly preloadPdfDriver?: boolean;
  /** How long a stopping worker may take to close its browser before the thread is terminated anyway. */
  readonly closeGraceMs?: number;
  /** At most this many jobs wait; one more is refused at once with ReportQueueFull. Default 20. */
  readonly queueLimit?: number;
  /** One worker besides `size` for small jobs only (see isSmallJob). Default true. */
  readonly smallLane?: boolean;
  /** Source size up to which a job is small; default SMALL_SOURCE_BYTES. */
  readonly smallSourceBytes?: number;
}

export const DEFAULT_REPORT_QUEUE_LIMIT = 20;

/** The error a worker sent back, as the class the API maps to a response (400 for options, 503 for no renderer). */
function errorFromWorker(error: WorkerError): Error {
  if (error.name === 'ReportOptionError') return new ReportOptionError(error.field ?? 'input', error.message);
  if (error.name === 'RendererUnavailableError') return new RendererUnavailableError(error.message);
  return new Error(error.message);
}

const WORKER_FILE = 'report-worker.js';

/**
 * Where the worker entry lives: next to the bundled main.js in production (a separate webpack
 * entry), or the TypeScript source (through ts-node) when running from the repository.
 */
export function workerEntry(): { file: string; eval: boolean; code?: string } {
  const configured = process.env['WAYMARK_REPORT_WORKER'];
  if (configured) return { file: configured, eval: false };
  if (!__filename.endsWith('.ts')) {
    const candidates = [require.main?.filename ? join(dirname(require.main.filename), WORKER_FILE) : null, join(__dirname, WORKER_FILE)];
    const found = candidates.find((c): c is string => !!c && existsSync(c));
    if (found) return { file: found, eval: false };
  }
  const source = join(__dirname, 'report-worker.ts');
  let root = resolve(__dirname);
  while (!existsSync(join(root, 'tsconfig.base.json')) && dirname(root) !== root) root = dirname(root);
  const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  const code = `
    require(${JSON.stringify(require.resolve('ts-node'))}).register({ transpileOnly: true, project: ${JSON.stringify(join(root, 'tsconfig.base.json'))}, compilerOptions: { module: 'commonjs' } });
    require(${JSON.stringify(require.resolve('tsconfig-paths'))}).register({ baseUrl: ${JSON.stringify(root)}, paths: ${JSON.stringify(base.compilerOptions.paths)} });
    require(${JSON.stringify(source)});`;
  return { file: source, eval: true, code };
}

/**
 * A small pool of persistent worker threads that render reports, PDF printing included (each worker keeps its
 * own Chromium, started on its first PDF). `size` workers take any job in arrival order; one more takes only
 * small jobs (a CSV of an ordinary plan must not wait a minute behind someone's 100-page PDF). Jobs wait when
 * their workers are busy, at most `queueLimit` of them: beyond that a job is refused at once (ReportQueueFull)
 * rather than queued behind work that cannot finish soon. `close()` has every worker close its browser before
 * the thread stops, so no Chromium outlives the pool.
 */
export class ReportWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private refused = 0;

  constructor(
    private readonly size = 1,
    private readonly timeoutMs = 120_000,
    private readonly options: ReportWorkerPoolOptions = {},
  ) {}

  render(job: WorkerJob): Promise<RenderedReport> {
    if (this.closed) return Promise.reject(new Error('The report worker pool is closed.'));
    return new Promise<RenderedReport>((resolve, reject) => {
      const pending: Pending = { request: { id: this.nextId++, job }, small: this.isSmall(job), slot: null, resolve, reject };
      this.queue.push(pending);
      this.dispatch();
      const limit = this.options.queueLimit ?? DEFAULT_REPORT_QUEUE_LIMIT;
      if (this.queue.length > limit && this.queue[this.queue.length - 1] === pending) {
        this.queue.pop();
        this.refused += 1;
        reject(new ReportQueueFull(this.queue.length));
      }
    });
  }

  /**
   * Starts the workers now rather than on the first report: a cold worker loads docx/exceljs and the report
   * model first, which made the first download of a process about 0.7–1 s slower. Resolves when every
   * worker has rendered its warm-up reports (failures there are not the caller's concern).
   */
  async warm(): Promise<void> {
    if (this.closed) return;
    while (this.count('any') < this.size) this.spawn('any');
    if (this.hasSmallLane() && this.count('small') === 0) this.spawn('small');
    // One small job per format through every worker, so the first real download finds the Word/Excel code
    // loaded and compiled (a worker that has only started still took ~0.9 s for its first 600-action DOCX,
    // ~0.25 s later).
    const source = yorkExampleSource();
    const periodId = source.periods[source.periods.length - 1]?.id;
    const warmUps = this.slots.flatMap((slot) =>
      (['docx', 'xlsx', 'html'] as const).map((format) =>
        new Promise<RenderedReport>((resolve, reject) => {
          this.queue.push({ request: { id: this.nextId++, job: { kind: 'board', source, options: { periodId }, format } }, small: true, slot, resolve, reject });
        }).catch(() => undefined),
      ),
    );
    this.dispatch();
    await Promise.all(warmUps);
  }

  /** For the metrics endpoint: jobs waiting, workers busy, workers started, jobs refused as the queue was full. */
  stats(): { queued: number; busy: number; workers: number; refused: number } {
    return { queued: this.queue.length, busy: this.slots.filter((s) => s.busy).length, workers: this.slots.length, refused: this.refused };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('The report worker pool closed.'));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot)));
  }

  /** Asks the worker to close its browser, then terminates the thread (after at most `closeGraceMs`). */
  private stop(slot: Slot): Promise<void> {
    if (!slot.closing) {
      slot.closing = new Promise<void>((resolve) => {
        const grace = setTimeout(resolve, this.options.closeGraceMs ?? 5_000);
        slot.onClosed = () => {
          clearTimeout(grace);
          resolve();
        };
        try {
          slot.worker.postMessage({ id: 0, close: true } satisfies WorkerRequest);
        } catch {
          resolve();
        }
      }).then(() => slot.worker.terminate().then(() => undefined));
    }
    return slot.closing;
  }

  private hasSmallLane(): boolean {
    return this.options.smallLane ?? true;
  }

  private isSmall(job: WorkerJob): boolean {
    return this.hasSmallLane() && isSmallJob(job, this.options.smallSourceBytes ?? SMALL_SOURCE_BYTES);
  }

  private count(lane: Lane): number {
    return this.slots.filter((s) => s.lane === lane).length;
  }

  /** A free worker for this job (started if its lane has room), or null while it must wait. */
  private slotFor(pending: Pending): Slot | null {
    if (pending.slot) return pending.slot.busy ? null : pending.slot;
    const free = (lane: Lane) => this.slots.find((s) => s.lane === lane && !s.busy) ?? null;
    if (pending.small) {
      const small = free('small') ?? (this.count('small') === 0 ? this.spawn('small') : null);
      if (small) return small;
    }
    return free('any') ?? (this.count('any') < this.size ? this.spawn('any') : null);
  }

  /** Starts every waiting job that has a free worker, oldest first; a job may overtake only jobs that cannot run. */
  private dispatch(): void {
    for (let i = 0; i < this.queue.length; ) {
      const pending = this.queue[i];
      const slot = this.slotFor(pending);
      if (!slot) {
        i += 1;
        continue;
      }
      this.queue.splice(i, 1);
      slot.busy = pending;
      slot.timer = setTimeout(() => this.fail(slot, new Error(`Report generation took longer than ${this.timeoutMs / 1000} s and was stopped.`)), this.timeoutMs);
      slot.worker.postMessage(pending.request);
    }
  }

  private spawn(lane: Lane): Slot {
    const entry = workerEntry();
    const workerData: ReportWorkerData = {
      chromiumPath: this.options.chromiumPath ?? DEFAULT_CHROMIUM_PATH,
      // The small-jobs worker never prints a PDF: it need not load the driver.
      preloadPdfDriver: lane === 'any' && (this.options.preloadPdfDriver ?? false),
    };
    const worker = entry.eval ? new Worker(entry.code as string, { eval: true, workerData }) : new Worker(entry.file, { workerData });
    worker.unref();
    const slot: Slot = { lane, worker, busy: null, timer: null, closing: null, onClosed: null };
    worker.on('message', (reply: WorkerReply) => {
      if ('closed' in reply) {
        slot.onClosed?.();
        return;
      }
      const pending = slot.busy;
      if (!pending || pending.request.id !== reply.id) return;
      this.finish(slot);
      if (reply.ok) pending.resolve({ ...reply.result, bytes: Buffer.from(reply.result.bytes.buffer, reply.result.bytes.byteOffset, reply.result.bytes.byteLength) });
      else pending.reject(errorFromWorker(reply.error));
      this.dispatch();
    });
    worker.on('error', (error) => this.fail(slot, error));
    worker.on('exit', (code) => {
      slot.onClosed?.();
      this.fail(slot, new Error(`The report worker stopped (exit code ${code}).`));
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
  }

  private fail(slot: Slot, error: Error): void {
    const pending = slot.busy;
    this.finish(slot);
    const index = this.slots.indexOf(slot);
    if (index >= 0) {
      this.slots.splice(index, 1);
      void this.stop(slot);
    }
    pending?.reject(error);
    for (const orphan of this.queue.filter((p) => p.slot === slot)) {
      this.queue.splice(this.queue.indexOf(orphan), 1);
      orphan.reject(error);
    }
    if (!this.closed) this.dispatch();
  }
}
