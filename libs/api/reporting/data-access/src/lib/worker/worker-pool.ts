import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { WorkerQueueFull } from './report-queue-full';

/** What a pool asks of its worker thread: run a job, or tidy up (close a browser) before the thread is stopped. */
export type PoolRequest<Job> =
  | { readonly id: number; readonly job: Job }
  | { readonly id: number; readonly close: true };

export interface PoolWorkerError {
  readonly name: string;
  readonly message: string;
  readonly field: string | null;
}

export type PoolReply<Result> =
  | { readonly id: number; readonly ok: true; readonly result: Result }
  | { readonly id: number; readonly ok: false; readonly error: PoolWorkerError }
  | { readonly id: number; readonly closed: true };

/** `any` workers take every job in arrival order; the `small` worker only small ones, so they never wait behind a big one. */
export type Lane = 'any' | 'small';

export interface WorkerEntry {
  readonly file: string;
  readonly eval: boolean;
  readonly code?: string;
}

/**
 * Where a worker's entry lives: `<name>.js` next to the bundled main.js in production (a separate webpack
 * entry), or the TypeScript source `sourceFile` (through ts-node) when running from the repository.
 */
export function workerEntryFor(name: string, sourceFile: string, configured?: string): WorkerEntry {
  if (configured) return { file: configured, eval: false };
  if (!sourceFile.endsWith('.ts') || !existsSync(sourceFile)) {
    const candidates = [
      require.main?.filename ? join(dirname(require.main.filename), `${name}.js`) : null,
      join(__dirname, `${name}.js`),
    ];
    const found = candidates.find((c): c is string => !!c && existsSync(c));
    if (found) return { file: found, eval: false };
  }
  let root = resolve(dirname(sourceFile));
  while (!existsSync(join(root, 'tsconfig.base.json')) && dirname(root) !== root) root = dirname(root);
  const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const code = `
    require(${JSON.stringify(require.resolve('ts-node'))}).register({ transpileOnly: true, project: ${JSON.stringify(join(root, 'tsconfig.base.json'))}, compilerOptions: { module: 'commonjs' } });
    require(${JSON.stringify(require.resolve('tsconfig-paths'))}).register({ baseUrl: ${JSON.stringify(root)}, paths: ${JSON.stringify(base.compilerOptions.paths)} });
    require(${JSON.stringify(sourceFile)});`;
  return { file: sourceFile, eval: true, code };
}

export interface WorkerPoolOptions<Job, Result> {
  /** For messages and errors: "report", "import". */
  readonly name: string;
  readonly entry: () => WorkerEntry;
  /** Workers that take any job. */
  readonly size: number;
  /** A job running longer is stopped (its worker terminated and replaced). */
  readonly timeoutMs: number;
  /** At most this many jobs wait; one more is refused at once with WorkerQueueFull. */
  readonly queueLimit: number;
  /** At most this many jobs of one owner (a partnership) wait or run; one more is refused at once. Default: no limit. */
  readonly perOwnerLimit?: number;
  /** Jobs for the extra small-jobs worker; without it the pool has no small lane. */
  readonly isSmall?: (job: Job) => boolean;
  /** Buffers of a job moved to the worker rather than copied (they become unusable on this thread). */
  readonly transfer?: (job: Job) => ArrayBuffer[];
  /** The `workerData` of a new worker in this lane. */
  readonly workerData?: (lane: Lane) => unknown;
  /** Heap caps of each worker thread: a job that needs more kills its worker only, never the API. */
  readonly resourceLimits?: ResourceLimits;
  /** How long a stopping worker may take to tidy up before the thread is terminated anyway. Default 5 s. */
  readonly closeGraceMs?: number;
  /**
   * A worker without a job for this long is stopped (the same tidy-up as `close()`); the next job starts another.
   * Unset or 0: workers stay until the pool closes.
   */
  readonly idleMs?: number;
  /** With `idleMs`: this many workers of the `any` lane are never stopped for idleness (and `warm()` starts them). */
  readonly keepWarm?: number;
  /** The worker's result as the caller gets it (e.g. bytes back into a Buffer). */
  readonly decodeResult?: (result: Result) => Result;
  /** The error the worker sent back, as the class the API maps to an answer. */
  readonly decodeError?: (error: PoolWorkerError) => Error;
  /** The error a job gets when its worker died (heap limit, crash) or was stopped. */
  readonly crashError?: (cause: Error, exitCode: number | null) => Error;
}

interface Pending<Job, Result> {
  readonly request: { readonly id: number; readonly job: Job };
  readonly small: boolean;
  readonly owner: string | null;
  /** Warm-up jobs run on the worker they warm. */
  readonly slot: Slot<Job, Result> | null;
  resolve(result: Result): void;
  reject(error: Error): void;
}

interface Slot<Job, Result> {
  readonly lane: Lane;
  worker: Worker;
  busy: Pending<Job, Result> | null;
  timer: NodeJS.Timeout | null;
  /** Stops the worker once it has been without a job for `idleMs`. */
  idle: NodeJS.Timeout | null;
  /** Set once the slot is being stopped: resolves when the worker has tidied up (or did not answer in time). */
  closing: Promise<void> | null;
  onClosed: (() => void) | null;
}

export interface WorkerPoolStats {
  readonly queued: number;
  readonly busy: number;
  readonly workers: number;
  readonly refused: number;
}

/**
 * A small pool of persistent worker threads, each answering one job at a time (request/reply by id). `size`
 * workers take any job in arrival order; with `isSmall`, one more takes only small jobs so they never wait behind
 * a big one. Waiting is bounded twice: at most `queueLimit` jobs wait in all, and at most `perOwnerLimit` of one
 * owner (partnership) wait or run, so one partnership cannot fill the queue and starve the others; a free worker
 * takes the oldest job of the owner with the fewest jobs running. Beyond a bound a job is refused at once
 * (WorkerQueueFull: "busy, try again shortly") rather than queued behind work that cannot finish soon. A worker
 * that dies (its heap limit, a crash, a timeout) fails its job only: the pool starts another. Workers start on
 * the first job that needs one (or `warm()`), and with `idleMs` one left without a job that long is stopped.
 */
export class WorkerPool<Job, Result> {
  private readonly slots: Slot<Job, Result>[] = [];
  private readonly queue: Pending<Job, Result>[] = [];
  private nextId = 1;
  private closed = false;
  private refused = 0;
  /** When each owner last had a job started (a dispatch count): the least recently served goes first. */
  private readonly servedAt = new Map<string, number>();
  private dispatched = 0;

  constructor(private readonly options: WorkerPoolOptions<Job, Result>) {}

  run(job: Job, owner: string | null = null): Promise<Result> {
    if (this.closed) return Promise.reject(new Error(`The ${this.options.name} worker pool is closed.`));
    const perOwner = this.options.perOwnerLimit;
    if (owner !== null && perOwner !== undefined && this.ownedBy(owner) >= perOwner) {
      this.refused += 1;
      return Promise.reject(new WorkerQueueFull(this.options.name, this.ownedBy(owner), 'partnership'));
    }
    return new Promise<Result>((resolve, reject) => {
      const small = this.options.isSmall ? this.options.isSmall(job) : false;
      const pending: Pending<Job, Result> = {
        request: { id: this.nextId++, job },
        small,
        owner,
        slot: null,
        resolve,
        reject,
      };
      this.queue.push(pending);
      this.dispatch();
      if (this.queue.length > this.options.queueLimit && this.queue[this.queue.length - 1] === pending) {
        this.queue.pop();
        this.refused += 1;
        reject(new WorkerQueueFull(this.options.name, this.queue.length, 'all'));
      }
    });
  }

  /**
   * Starts the workers that stay (all of them; with `idleMs`, the `keepWarm` ones) and runs `jobs` on each of them
   * (failures there are not the caller's concern).
   */
  async warm(jobs: readonly Job[]): Promise<void> {
    if (this.closed) return;
    const idleStops = (this.options.idleMs ?? 0) > 0;
    const staying = idleStops ? Math.min(this.options.keepWarm ?? 0, this.options.size) : this.options.size;
    while (this.count('any') < staying) this.spawn('any');
    if (!idleStops && this.options.isSmall && this.count('small') === 0) this.spawn('small');
    const warmUps = this.slots.flatMap((slot) =>
      jobs.map((job) =>
        new Promise<Result>((resolve, reject) => {
          this.queue.push({ request: { id: this.nextId++, job }, small: true, owner: null, slot, resolve, reject });
        }).catch(() => undefined),
      ),
    );
    this.dispatch();
    await Promise.all(warmUps);
  }

  /** For the metrics endpoint: jobs waiting, workers busy, workers started, jobs refused as a queue was full. */
  stats(): WorkerPoolStats {
    return {
      queued: this.queue.length,
      busy: this.slots.filter((s) => s.busy).length,
      workers: this.slots.length,
      refused: this.refused,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) this.clearIdle(slot);
    for (const pending of this.queue.splice(0))
      pending.reject(new Error(`The ${this.options.name} worker pool closed.`));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot)));
  }

  private ownedBy(owner: string): number {
    return (
      this.queue.filter((p) => p.owner === owner).length + this.slots.filter((s) => s.busy?.owner === owner).length
    );
  }

  private running(owner: string | null): number {
    return owner === null ? 0 : this.slots.filter((s) => s.busy?.owner === owner).length;
  }

  /** Asks the worker to tidy up, then terminates the thread (after at most `closeGraceMs`). */
  private stop(slot: Slot<Job, Result>): Promise<void> {
    if (!slot.closing) {
      slot.closing = new Promise<void>((resolve) => {
        const grace = setTimeout(resolve, this.options.closeGraceMs ?? 5_000);
        slot.onClosed = () => {
          clearTimeout(grace);
          resolve();
        };
        try {
          slot.worker.postMessage({ id: 0, close: true } satisfies PoolRequest<Job>);
        } catch {
          resolve();
        }
      }).then(() => slot.worker.terminate().then(() => undefined));
    }
    return slot.closing;
  }

  private count(lane: Lane): number {
    return this.slots.filter((s) => s.lane === lane).length;
  }

  /** A free worker for this job (started if its lane has room), or null while it must wait. */
  private slotFor(pending: Pending<Job, Result>): Slot<Job, Result> | null {
    if (pending.slot) return pending.slot.busy ? null : pending.slot;
    const free = (lane: Lane) => this.slots.find((s) => s.lane === lane && !s.busy) ?? null;
    if (pending.small) {
      const small = free('small') ?? (this.count('small') === 0 ? this.spawn('small') : null);
      if (small) return small;
    }
    return free('any') ?? (this.count('any') < this.options.size ? this.spawn('any') : null);
  }

  /**
   * Starts waiting jobs while workers are free, fairly between owners: the owner with the fewest jobs running
   * goes first, then the one served least recently (round robin), oldest job first within an owner; a job may
   * overtake only jobs that cannot run.
   */
  private dispatch(): void {
    for (;;) {
      const order = this.queue.map((pending, index) => ({
        pending,
        index,
        running: this.running(pending.owner),
        servedAt: pending.owner === null ? -1 : (this.servedAt.get(pending.owner) ?? -1),
      }));
      order.sort((a, b) => a.running - b.running || a.servedAt - b.servedAt || a.index - b.index);
      let started = false;
      for (const { pending } of order) {
        const slot = this.slotFor(pending);
        if (!slot) continue;
        this.queue.splice(this.queue.indexOf(pending), 1);
        if (pending.owner !== null) this.servedAt.set(pending.owner, ++this.dispatched);
        slot.busy = pending;
        this.clearIdle(slot);
        slot.timer = setTimeout(
          () =>
            this.fail(
              slot,
              new Error(
                `The ${this.options.name} took longer than ${this.options.timeoutMs / 1000} s and was stopped.`,
              ),
              null,
            ),
          this.options.timeoutMs,
        );
        slot.worker.postMessage(pending.request, this.options.transfer?.(pending.request.job) ?? []);
        started = true;
        break;
      }
      if (!started) break;
    }
    for (const slot of this.slots) if (!slot.busy) this.armIdle(slot);
  }

  /** A free worker is stopped after `idleMs` without a job: its memory (and its browser) go back to the machine. */
  private armIdle(slot: Slot<Job, Result>): void {
    const idleMs = this.options.idleMs ?? 0;
    if (idleMs <= 0 || slot.idle || this.closed || this.keptWarm(slot)) return;
    slot.idle = setTimeout(() => {
      slot.idle = null;
      const index = this.slots.indexOf(slot);
      if (slot.busy || index < 0 || this.keptWarm(slot)) return;
      this.slots.splice(index, 1);
      void this.stop(slot);
    }, idleMs);
    slot.idle.unref();
  }

  /** One of the first `keepWarm` workers of the `any` lane: stopping it would leave fewer than are kept warm. */
  private keptWarm(slot: Slot<Job, Result>): boolean {
    if (slot.lane !== 'any') return false;
    return this.slots.filter((s) => s.lane === 'any').indexOf(slot) < (this.options.keepWarm ?? 0);
  }

  private clearIdle(slot: Slot<Job, Result>): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
  }

  private spawn(lane: Lane): Slot<Job, Result> {
    const entry = this.options.entry();
    const settings = { workerData: this.options.workerData?.(lane), resourceLimits: this.options.resourceLimits };
    const worker = entry.eval
      ? new Worker(entry.code as string, { eval: true, ...settings })
      : new Worker(entry.file, settings);
    worker.unref();
    const slot: Slot<Job, Result> = {
      lane,
      worker,
      busy: null,
      timer: null,
      idle: null,
      closing: null,
      onClosed: null,
    };
    let crash: Error | null = null;
    worker.on('message', (reply: PoolReply<Result>) => {
      if ('closed' in reply) {
        slot.onClosed?.();
        return;
      }
      const pending = slot.busy;
      if (!pending || pending.request.id !== reply.id) return;
      this.finish(slot);
      if (reply.ok) pending.resolve(this.options.decodeResult ? this.options.decodeResult(reply.result) : reply.result);
      else
        pending.reject(
          this.options.decodeError ? this.options.decodeError(reply.error) : new Error(reply.error.message),
        );
      this.dispatch();
    });
    // An 'error' (e.g. ERR_WORKER_OUT_OF_MEMORY) comes before the 'exit': keep it so the job's error can name it.
    // The worker's uncaught exception, kept as it is: it may come from another realm (jest's), where an
    // `instanceof Error` check would fail and rewrapping it would lose its `code` (ERR_WORKER_OUT_OF_MEMORY).
    worker.on('error', (error: Error) => {
      crash = error;
    });
    worker.on('exit', (code) => {
      slot.onClosed?.();
      const cause = crash ?? new Error(`The ${this.options.name} worker stopped (exit code ${code}).`);
      this.fail(slot, cause, code);
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot<Job, Result>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
  }

  /** The slot's job (and jobs pinned to it) fail; the worker is stopped and the queue moves on with a new one. */
  private fail(slot: Slot<Job, Result>, cause: Error, exitCode: number | null): void {
    const error = this.options.crashError ? this.options.crashError(cause, exitCode) : cause;
    const pending = slot.busy;
    this.finish(slot);
    this.clearIdle(slot);
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
