// Small helpers shared by the replica test's modules.
export { freePort } from '../testing/scratch-postgres.mjs';

const started = Date.now();

export const log = (...args) => console.log(`[replicas ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until it answers 200 or `ms` pass; `alive()` false aborts early (the process died). */
export async function waitForOk(url, ms, alive = () => true) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!alive()) throw new Error(`${url}: the process exited before it answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${ms} ms`);
    await sleep(200);
  }
}

export function percentile(sortedValues, p) {
  if (sortedValues.length === 0) return NaN;
  const index = Math.min(sortedValues.length - 1, Math.ceil((p / 100) * sortedValues.length) - 1);
  return sortedValues[Math.max(0, index)];
}
