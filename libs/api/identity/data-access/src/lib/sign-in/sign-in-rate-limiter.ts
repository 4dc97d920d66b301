import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@waymark/api/shared/util';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';

export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  /** Failures per account (since its last success) within the window. */
  perAccount: 5,
  /** Failures per client address within the window. */
  perAddress: 20,
} as const;

export function tooManySignInAttempts(): GraphQLError {
  return new GraphQLError(`Too many sign-in attempts. Wait ${SIGN_IN_LIMITS.windowMinutes} minutes and try again.`, {
    extensions: { code: ErrorCode.TooManyRequests },
  });
}

/** Throttles password guessing using the sign_in_attempt table, so limits hold across API instances. */
@Injectable()
export class SignInRateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  static accountKey(email: string): string {
    return email.trim().toLowerCase();
  }

  /** Throws TOO_MANY_REQUESTS when either limit is reached. One statement. */
  async assertAllowed(accountKey: string, addressKey: string): Promise<void> {
    const [row]: Array<{ account_failures: number; address_failures: number }> = await this.dataSource.query(
      `WITH recent AS (
         SELECT account_key, address_key, succeeded, attempted_at FROM sign_in_attempt
          WHERE (account_key = $1 OR address_key = $2) AND attempted_at > now() - make_interval(mins => $3)
       ), last_success AS (
         SELECT max(attempted_at) AS at FROM recent WHERE account_key = $1 AND succeeded
       )
       SELECT
         (SELECT count(*)::int FROM recent, last_success
           WHERE account_key = $1 AND NOT succeeded AND (last_success.at IS NULL OR attempted_at > last_success.at)) AS account_failures,
         (SELECT count(*)::int FROM recent WHERE address_key = $2 AND NOT succeeded) AS address_failures`,
      [accountKey, addressKey, SIGN_IN_LIMITS.windowMinutes],
    );
    if (row.account_failures >= SIGN_IN_LIMITS.perAccount || row.address_failures >= SIGN_IN_LIMITS.perAddress) {
      throw tooManySignInAttempts();
    }
  }

  async record(accountKey: string, addressKey: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query(`INSERT INTO sign_in_attempt (account_key, address_key, succeeded) VALUES ($1, $2, $3)`, [
      accountKey,
      addressKey,
      succeeded,
    ]);
  }
}
