import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { SessionExpiry } from './session-expiry';
import { SessionStore } from './session-store';
import { SessionTimeout } from './session-timeout';

type Expiry = { secondsLeft: number; warnSeconds: number; extendable: boolean } | null;

/** The service against a fake API whose answers to sessionExpiry are taken from a list, one per question. */
function setUp(answers: Expiry[], stayAnswer: Expiry = { secondsLeft: 1800, warnSeconds: 120, extendable: true }) {
  const sent: string[] = [];
  const ended = jest.fn();
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.operationName ?? '');
        const expiry = operation.operationName === 'StaySignedIn' ? stayAnswer : (answers.shift() ?? null);
        const value = expiry && { __typename: 'SessionExpiry', ...expiry };
        observer.next({
          data: operation.operationName === 'StaySignedIn' ? { staySignedIn: value } : { sessionExpiry: value },
        } as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({
    providers: [
      provideApollo(() => ({ link, cache: new InMemoryCache() })),
      { provide: SessionStore, useValue: { signedIn: signal(true) } },
      { provide: SessionExpiry, useValue: { handle: ended } },
    ],
  });
  const timeout = TestBed.inject(SessionTimeout);
  return { timeout, sent, ended };
}

async function settle(): Promise<void> {
  TestBed.tick();
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await jest.advanceTimersByTimeAsync(0);
}

describe('SessionTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('warns when the API says the session ends within the warning time, and "Stay signed in" clears the warning', async () => {
    const { timeout, sent } = setUp([{ secondsLeft: 100, warnSeconds: 120, extendable: true }]);
    await settle();
    expect(timeout.warning()).toEqual({ secondsLeft: 100, extendable: true });
    await jest.advanceTimersByTimeAsync(3000);
    expect(timeout.warning()?.secondsLeft).toBe(97);

    await timeout.staySignedIn();
    expect(timeout.warning()).toBeNull();
    expect(sent).toEqual(['SessionExpiry', 'StaySignedIn']);
  });

  it('asks again when the warning is due instead of trusting its first answer (another tab may have extended it)', async () => {
    const { timeout, sent } = setUp([
      { secondsLeft: 600, warnSeconds: 120, extendable: true },
      { secondsLeft: 1500, warnSeconds: 120, extendable: true },
    ]);
    await settle();
    expect(timeout.warning()).toBeNull();
    await jest.advanceTimersByTimeAsync(480_000);
    expect(sent).toEqual(['SessionExpiry', 'SessionExpiry']);
    expect(timeout.warning()).toBeNull();
  });

  it('sends the person to sign in when the countdown ends and the API confirms the session has gone', async () => {
    const { timeout, ended } = setUp([{ secondsLeft: 2, warnSeconds: 120, extendable: true }, null]);
    await settle();
    expect(timeout.warning()?.secondsLeft).toBe(2);
    await jest.advanceTimersByTimeAsync(2000);
    await settle();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(timeout.warning()).toBeNull();
  });
});
