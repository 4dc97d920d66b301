import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@waymark/api/shared/util';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { queryRows, type SignInThrottleRow } from '@waymark/api/database';

export type ThrottleScope = 'account' | 'address' | 'password_change';
/** Keys that are only counted (requests in a window), never delayed: "forgot your password?" requests. */
export type CountedScope = 'reset_account' | 'reset_address';

export const SIGN_IN_LIMITS = {
  /** Failures are forgotten this long after a key's last attempt. */
  windowMinutes: 15,
  /** Attempts allowed without delay before the progressive delay starts. */
  allowance: { account: 5, address: 20, password_change: 5 } satisfies Record<ThrottleScope, number>,
  /** After the allowance each further attempt waits 2, 4, 8 … seconds, never more than this. */
  maxDelaySeconds: 300,
} as const;

export interface ThrottleKey {
  readonly scope: ThrottleScope;
  readonly key: string;
}

export function tooManyAttempts(retryAfterSeconds: number, what = 'sign-in attempts'): GraphQLError {
  return new GraphQLError(
    `Too many ${what}. Wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'} and try again.`,
    {
      extensions: { code: ErrorCode.TooManyRequests, retryAfterSeconds },
    },
  );
}

export class Throttled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`throttled for ${retryAfterSeconds} s`);
  }
}

/**
 * Progressive delay instead of a lock-out: every attempt is charged before the password is checked (one atomic
 * statement per attempt, in PostgreSQL so it holds across instances); once a key has used its allowance, each further
 * attempt must wait twice as long as the one before, up to maxDelaySeconds. A colleague guessing therefore slows the
 * account down but cannot keep its holder out, and a success (or an administrator's unlock) clears the account.
 */
@Injectable()
export class SignInRateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  static accountKey(email: string): string {
    return email.trim().toLowerCase();
  }

  /** Charges one attempt to every key; throws Throttled (nothing charged to the refused key) when one must wait. */
  async charge(keys: readonly ThrottleKey[]): Promise<void> {
    const charged = await queryRows<Pick<SignInThrottleRow, 'scope' | 'key'>>(
      this.dataSource,
      `INSERT INTO sign_in_throttle AS t (scope, key, failures, allowance, last_attempt_at, next_attempt_at)
       SELECT k.scope, k.key, 1, k.allowance, now(), now() FROM unnest($1::text[], $2::text[], $3::int[]) AS k(scope, key, allowance)
       ON CONFLICT (scope, key) DO UPDATE SET
         failures = CASE WHEN t.last_attempt_at < now() - make_interval(mins => $4) THEN 1 ELSE t.failures + 1 END,
         notified_at = CASE WHEN t.last_attempt_at < now() - make_interval(mins => $4) THEN NULL ELSE t.notified_at END,
         allowance = EXCLUDED.allowance,
         last_attempt_at = now(),
         next_attempt_at = now() + make_interval(secs => CASE
           WHEN t.last_attempt_at < now() - make_interval(mins => $4) OR t.failures + 1 < EXCLUDED.allowance THEN 0
           ELSE least($5, power(2, t.failures + 2 - EXCLUDED.allowance)) END)
       WHERE t.next_attempt_at <= now() OR t.last_attempt_at < now() - make_interval(mins => $4)
       RETURNING t.scope, t.key`,
      [
        keys.map((k) => k.scope),
        keys.map((k) => k.key),
        keys.map((k) => SIGN_IN_LIMITS.allowance[k.scope]),
        SIGN_IN_LIMITS.windowMinutes,
        SIGN_IN_LIMITS.maxDelaySeconds,
      ],
    );
    if (charged.length === keys.length) return;
    throw new Throttled(await this.secondsToWait(keys));
  }

  /**
   * Counts one request against each key in one atomic statement; true when every key is still within its allowance.
   * A key's count starts again once windowMinutes pass without a request to it.
   */
  async count(
    keys: ReadonlyArray<{ scope: CountedScope; key: string; allowance: number }>,
    windowMinutes: number,
  ): Promise<boolean> {
    const rows = await queryRows<{ within: boolean }>(
      this.dataSource,
      `INSERT INTO sign_in_throttle AS t (scope, key, failures, allowance, last_attempt_at, next_attempt_at)
       SELECT k.scope, k.key, 1, k.allowance, now(), now() FROM unnest($1::text[], $2::text[], $3::int[]) AS k(scope, key, allowance)
       ON CONFLICT (scope, key) DO UPDATE SET
         failures = CASE WHEN t.last_attempt_at < now() - make_interval(mins => $4) THEN 1 ELSE t.failures + 1 END,
         allowance = EXCLUDED.allowance,
         last_attempt_at = now()
       RETURNING t.failures <= t.allowance AS within`,
      [keys.map((k) => k.scope), keys.map((k) => k.key), keys.map((k) => k.allowance), windowMinutes],
    );
    return rows.every((r) => r.within);
  }

  /** A right password: the account's (or person's) failures are forgotten; an address keeps them, minus this attempt. */
  async succeeded(keys: readonly ThrottleKey[]): Promise<void> {
    await this.dataSource.query(
      `WITH k AS (SELECT * FROM unnest($1::text[], $2::text[]) AS k(scope, key))
       , cleared AS (DELETE FROM sign_in_throttle t USING k WHERE t.scope = k.scope AND t.key = k.key AND t.scope <> 'address')
       UPDATE sign_in_throttle t SET failures = greatest(t.failures - 1, 0) FROM k
        WHERE t.scope = k.scope AND t.key = k.key AND t.scope = 'address'`,
      [keys.map((k) => k.scope), keys.map((k) => k.key)],
    );
  }

  /** An administrator's unlock: the keys may be tried again at once, with their full allowance. */
  async clear(keys: readonly ThrottleKey[]): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sign_in_throttle t USING unnest($1::text[], $2::text[]) AS k(scope, key) WHERE t.scope = k.scope AND t.key = k.key`,
      [keys.map((k) => k.scope), keys.map((k) => k.key)],
    );
  }

  private async secondsToWait(keys: readonly ThrottleKey[]): Promise<number> {
    const [row] = await queryRows<{ seconds: number | null }>(
      this.dataSource,
      `SELECT ceil(extract(epoch FROM max(t.next_attempt_at) - now()))::int AS seconds
         FROM sign_in_throttle t JOIN unnest($1::text[], $2::text[]) AS k(scope, key) ON t.scope = k.scope AND t.key = k.key`,
      [keys.map((k) => k.scope), keys.map((k) => k.key)],
    );
    return Math.max(1, row?.seconds ?? 1);
  }
}
