export const FIRST_RETRY_SECONDS = 30;
export const MAX_RETRY_SECONDS = 3_600;

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min, 4 min … capped at one hour. */
export function retryDelaySeconds(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** Math.min(exponent, 20));
}
