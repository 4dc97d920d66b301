const WHAT: Record<string, { jobs: string; busy: string }> = {
  report: { jobs: 'exports', busy: 'Reports are busy' },
  import: { jobs: 'imports', busy: 'Imports are busy' },
};

/**
 * A job refused because too many already wait (in all, or of the asker's partnership): answered at once as
 * "busy, try again shortly" (HTTP 503 with Retry-After; GraphQL SERVICE_UNAVAILABLE with `retryAfterSeconds`).
 */
export class WorkerQueueFull extends Error {
  override readonly name = 'WorkerQueueFull';

  constructor(
    /** The pool's name: "report" or "import". */
    readonly pool: string,
    readonly waiting: number,
    /** Whose queue is full: the whole pool's, or the asker's partnership's share of it. */
    readonly scope: 'all' | 'partnership' = 'all',
    /** What to put in Retry-After: long enough for a few jobs to finish. */
    readonly retryAfterSeconds = 15,
  ) {
    const what = WHAT[pool] ?? { jobs: `${pool} jobs`, busy: `The ${pool} workers are busy` };
    super(
      scope === 'partnership'
        ? `${what.busy}: your partnership already has ${waiting} ${what.jobs} waiting or running. Try again in a few seconds, when they have finished.`
        : `${what.busy} (${waiting} ${what.jobs} waiting): try again in a few seconds.`,
    );
  }
}

/** The report pool's refusal (the same class: kept under its first name for the callers that check it). */
export const ReportQueueFull = WorkerQueueFull;
export type ReportQueueFull = WorkerQueueFull;
