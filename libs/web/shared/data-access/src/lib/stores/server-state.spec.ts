import { CombinedGraphQLErrors } from '@apollo/client';
import { ServerState } from './server-state';

describe('ServerState', () => {
  it('is loading until the value arrives, then loaded with it', async () => {
    const state = new ServerState<string[]>();
    expect(state.loading()).toBe(true);
    expect(state.loaded()).toBe(false);
    let answer!: (value: string[]) => void;
    const done = state.load(() => new Promise((resolve) => (answer = resolve)));
    expect(state.loading()).toBe(true);
    answer(['Police']);
    await expect(done).resolves.toEqual(['Police']);
    expect(state.loaded()).toBe(true);
    expect(state.value()).toEqual(['Police']);
    expect(state.error()).toBeNull();
  });

  it('turns a failed load into a message for the page, including a record that is not there', async () => {
    const state = new ServerState<string>();
    const gone = await state.load(() => Promise.reject(new Error('This organisation could not be found.')));
    expect(gone).toBeUndefined();
    expect(state.error()).toBe('This organisation could not be found.');
    expect(state.loaded()).toBe(false);
    expect(state.loading()).toBe(false);

    const apiError = new CombinedGraphQLErrors({
      errors: [{ message: 'Strategy s1 not found', extensions: { code: 'NOT_FOUND' } }],
    } as never);
    await state.load(() => Promise.reject(apiError));
    expect(state.error()).toBe('Strategy s1 not found');
  });

  it('clears the old message when loading again', async () => {
    const state = new ServerState<number>();
    await state.load(() => Promise.reject(new Error('offline')));
    await state.load(() => Promise.resolve(2));
    expect(state.error()).toBeNull();
    expect(state.value()).toBe(2);
  });

  it('keeps the latest load when an earlier one answers after it', async () => {
    const state = new ServerState<string>();
    let slow!: (value: string) => void;
    const first = state.load(() => new Promise((resolve) => (slow = resolve)));
    await state.load(() => Promise.resolve('latest'));
    slow('stale');
    await expect(first).resolves.toBeUndefined();
    expect(state.value()).toBe('latest');

    let fail!: (error: Error) => void;
    const failing = state.load(() => new Promise((_, reject) => (fail = reject)));
    state.ready('nothing to load');
    fail(new Error('offline'));
    await failing;
    expect(state.error()).toBeNull();
    expect(state.value()).toBe('nothing to load');
  });

  it('is ready at once when there is nothing to load', () => {
    const state = new ServerState<number>();
    state.ready();
    expect(state.loaded()).toBe(true);
    expect(state.value()).toBeUndefined();
  });

  it('is busy while a write is in flight, and passes the write’s error on to the caller', async () => {
    const state = new ServerState<number>();
    let finish!: () => void;
    const write = state.run(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(state.busy()).toBe(true);
    finish();
    await write;
    expect(state.busy()).toBe(false);

    await expect(state.run(() => Promise.reject(new Error('CONFLICT')))).rejects.toThrow('CONFLICT');
    expect(state.busy()).toBe(false);
  });
});
