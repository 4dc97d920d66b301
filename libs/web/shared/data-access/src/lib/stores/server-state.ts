import { computed, signal } from '@angular/core';
import { describeError } from '../graphql-errors';

type Status = 'loading' | 'ready' | 'failed';

/**
 * The server state a store owns for one screen: the loaded value, whether it is still loading, the message when
 * loading failed, and whether a write is in flight. Pages read the signals and call the store; they hold no
 * `loaded`/`loadError`/`busy` flags of their own. (Angular's `resource()` would do the loading part but is still
 * experimental in Angular 21, and it does not cover writes.)
 */
export class ServerState<T> {
  private readonly status = signal<Status>('loading');
  private readonly current = signal<T | undefined>(undefined);
  private readonly message = signal<string | null>(null);
  private readonly writes = signal(0);
  /** Counts loads, so an answer to a load that a later `load` or `ready` replaced is dropped (the latest wins). */
  private generation = 0;

  readonly value = this.current.asReadonly();
  readonly loading = computed(() => this.status() === 'loading');
  readonly loaded = computed(() => this.status() === 'ready');
  /** Why loading failed, in words for the page; null while loading or once loaded. */
  readonly error = this.message.asReadonly();
  readonly busy = computed(() => this.writes() > 0);

  /**
   * Loads (or reloads) the value. Never throws: a failure, including an `Error` thrown by `fetch` because the
   * record asked for is not there, becomes `error()`. Resolves to the value, or undefined when it failed or was
   * replaced by a later load before it answered.
   */
  async load(fetch: () => Promise<T>): Promise<T | undefined> {
    const mine = ++this.generation;
    this.status.set('loading');
    this.message.set(null);
    try {
      const value = await fetch();
      if (mine !== this.generation) return undefined;
      this.current.set(value);
      this.status.set('ready');
      return value;
    } catch (error) {
      if (mine !== this.generation) return undefined;
      this.message.set(describeError(error).message);
      this.status.set('failed');
      return undefined;
    }
  }

  /** Nothing needs loading (e.g. a form adding a new record): ready at once, with the value given. */
  ready(value?: T): void {
    this.generation++;
    this.current.set(value);
    this.message.set(null);
    this.status.set('ready');
  }

  /** Replaces the value after a write answered with the new one (no reload). */
  set(value: T): void {
    this.current.set(value);
  }

  /** Runs one write with `busy()` true while it is in flight. Errors reach the caller, which maps them onto its form. */
  async run<R>(write: () => Promise<R>): Promise<R> {
    this.writes.update((n) => n + 1);
    try {
      return await write();
    } finally {
      this.writes.update((n) => n - 1);
    }
  }
}
