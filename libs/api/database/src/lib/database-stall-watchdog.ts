import type { Pool, PoolClient } from 'pg';

export interface StallWatchdogOptions {
  /** A client checked out this long makes the watchdog ask whether PostgreSQL still answers. */
  readonly suspectAfterMs: number;
  /** The probe (`SELECT 1` on its own connection) must answer within this. */
  readonly probeTimeoutMs: number;
  readonly intervalMs: number;
  /**
   * Probes that must fail in a row before PostgreSQL counts as silent. One late answer is not a stall: on a busy
   * machine a new connection can take over a second, and a blocked event loop fires the probe's timer before it reads
   * the answer; ending a backup's connection for that answered it 503.
   */
  readonly failedProbesToStall: number;
}

/** Together under 5 s: a request on a frozen database fails after about suspectAfterMs + failedProbesToStall × (probeTimeoutMs + intervalMs). */
export const STALL_WATCHDOG_DEFAULTS: StallWatchdogOptions = {
  suspectAfterMs: 1_000,
  probeTimeoutMs: 1_000,
  intervalMs: 250,
  failedProbesToStall: 2,
};

export interface StallWatchdogEvents {
  unavailable(endedConnections: number, probeError: unknown): void;
  available(): void;
}

/**
 * A slow statement and a frozen server look the same from its connection (nothing arrives), and statement_timeout
 * cannot fire on a server that is not running. So when a pool client has been out for a while, a probe on a separate
 * connection tells them apart: if the probe gets no answer either, the clients that were out before it started are
 * ended, which fails their queries at once (the caller answers SERVICE_UNAVAILABLE) and drops them from the pool.
 * While PostgreSQL stays silent the probe repeats; the first answer ends the stall.
 */
export class DatabaseStallWatchdog {
  private readonly checkedOut = new Map<PoolClient, number>();
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private up = true;
  private failedProbes = 0;
  /** When the first of the current run of failed probes started: only clients out since before it are ended. */
  private firstFailedProbeAt = 0;

  constructor(
    private readonly pool: Pool,
    private readonly probe: () => Promise<void>,
    private readonly events: StallWatchdogEvents,
    private readonly options: StallWatchdogOptions = STALL_WATCHDOG_DEFAULTS,
  ) {}

  get available(): boolean {
    return this.up;
  }

  start(): void {
    this.pool.on('acquire', (client: PoolClient) => this.checkedOut.set(client, Date.now()));
    this.pool.on('release', (_error: Error, client: PoolClient) => this.checkedOut.delete(client));
    this.pool.on('remove', (client: PoolClient) => this.checkedOut.delete(client));
    this.timer = setInterval(() => this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    if (this.probing) return;
    const now = Date.now();
    const suspect = [...this.checkedOut.values()].some((since) => now - since >= this.options.suspectAfterMs);
    if (suspect || !this.up || this.failedProbes > 0) void this.check();
  }

  private async check(): Promise<void> {
    this.probing = true;
    const startedAt = Date.now();
    try {
      await this.probe();
      this.failedProbes = 0;
      if (!this.up) {
        this.up = true;
        this.events.available();
      }
    } catch (error) {
      if (this.failedProbes++ === 0) this.firstFailedProbeAt = startedAt;
      if (this.failedProbes < this.options.failedProbesToStall) return;
      // Declaring the stall ends what was out before the first silent probe; while it lasts, what was out before each.
      const ended = this.endClientsOutSince(
        this.failedProbes === this.options.failedProbesToStall ? this.firstFailedProbeAt : startedAt,
      );
      if (this.up || ended > 0) this.events.unavailable(ended, error);
      this.up = false;
    } finally {
      this.probing = false;
    }
  }

  private endClientsOutSince(time: number): number {
    let ended = 0;
    for (const [client, since] of this.checkedOut) {
      if (since > time) continue;
      this.checkedOut.delete(client);
      void client.end().catch(() => undefined);
      ended++;
    }
    return ended;
  }
}
