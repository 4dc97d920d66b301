import { MAX_RETRY_SECONDS, retryDelaySeconds } from './backoff';

describe('retry back-off', () => {
  it('doubles from 30 seconds and stops growing at one hour', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(8)).toBe(MAX_RETRY_SECONDS);
    expect(retryDelaySeconds(1000)).toBe(MAX_RETRY_SECONDS);
  });
});
