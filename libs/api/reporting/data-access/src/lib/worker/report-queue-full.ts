/** A report refused because too many are already waiting: answered at once as "busy, try again shortly". */
export class ReportQueueFull extends Error {
  override readonly name = 'ReportQueueFull';

  constructor(
    readonly waiting: number,
    /** What to put in Retry-After: long enough for a few exports to finish. */
    readonly retryAfterSeconds = 15,
  ) {
    super(`Reports are busy (${waiting} exports waiting): try again in a few seconds.`);
  }
}
