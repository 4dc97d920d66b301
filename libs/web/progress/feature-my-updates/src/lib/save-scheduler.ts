/**
 * When the update form saves: after a pause in typing, at once when a field loses focus, and one save at a time, so
 * each sends the version the previous one returned (two saves in flight would answer each other with CONFLICT).
 */
export class SaveScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly delayMs: number,
    private readonly autosave: () => Promise<void>,
  ) {}

  /** An edit: the autosave runs after the pause, which each further edit starts again. */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.autosave();
    }, this.delayMs);
  }

  /** A field lost focus: an autosave that was waiting runs now. */
  flush(): void {
    if (this.timer === null) return;
    this.cancel();
    void this.autosave();
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Runs `work` after every save queued before it, whether those succeeded or failed. */
  queue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.saving.then(work);
    this.saving = next.catch(() => undefined);
    return next;
  }
}
