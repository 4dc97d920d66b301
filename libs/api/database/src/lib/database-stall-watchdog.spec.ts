import { EventEmitter } from 'node:events';
import type { Pool } from 'pg';
import { DatabaseStallWatchdog, type StallWatchdogOptions } from './database-stall-watchdog';

const OPTIONS: StallWatchdogOptions = { suspectAfterMs: 20, probeTimeoutMs: 10, intervalMs: 5, failedProbesToStall: 2 };

/** A pool's events and a client that records being ended: the watchdog's decisions, without a database. */
function watched(probeAnswers: boolean[]) {
  const pool = new EventEmitter();
  const client = { ended: false, end: () => Promise.resolve(void (client.ended = true)) };
  const events = { unavailable: 0, available: 0 };
  let probes = 0;
  const probe = () => {
    const answers = probeAnswers[Math.min(probes++, probeAnswers.length - 1)];
    return answers ? Promise.resolve() : Promise.reject(new Error('no answer'));
  };
  const watchdog = new DatabaseStallWatchdog(
    pool as unknown as Pool,
    probe,
    { unavailable: () => events.unavailable++, available: () => events.available++ },
    OPTIONS,
  );
  watchdog.start();
  pool.emit('acquire', client);
  return { watchdog, client, events, probes: () => probes };
}

/** Waits for what the watchdog has done, not for a time: the test holds on a busy machine. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('DatabaseStallWatchdog', () => {
  it('keeps a long statement running when one probe answers late and the next answers', async () => {
    const { watchdog, client, events, probes } = watched([false, true]);
    await until(() => probes() > 3);
    watchdog.stop();
    expect(client.ended).toBe(false);
    expect(events.unavailable).toBe(0);
    expect(watchdog.available).toBe(true);
  });

  it('ends the stalled connection once probes fail twice in a row, and says so', async () => {
    const { watchdog, client, events, probes } = watched([false, false, false]);
    await until(() => probes() > 2);
    watchdog.stop();
    expect(client.ended).toBe(true);
    expect(events.unavailable).toBe(1);
    expect(watchdog.available).toBe(false);
  });

  it('answers again after the stall when a probe gets an answer', async () => {
    const { watchdog, events } = watched([false, false, true]);
    await until(() => events.available > 0);
    watchdog.stop();
    expect(events.unavailable).toBe(1);
    expect(events.available).toBe(1);
    expect(watchdog.available).toBe(true);
  });
});
