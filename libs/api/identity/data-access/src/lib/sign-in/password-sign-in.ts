import { Injectable } from '@nestjs/common';
import { Actor, ErrorCode, badInput, unauthenticated } from '@waymark/api/shared/util';
import { GraphQLError } from 'graphql';
import { DataSource, EntityManager } from 'typeorm';
import { PASSWORD_MAX_LENGTH, assertPasswordAcceptable, hashPassword, verifyPassword } from '../password/password';
import { SecurityEvents } from './security-events';
import { SignInDelayNotice } from './sign-in-delay-notice';
import { SignInMethod, SignInResult } from './sign-in-method';
import { SignInRateLimiter, Throttled, tooManyAttempts, type ThrottleKey } from './sign-in-rate-limiter';
import { queryRows, type CredentialRow } from '@waymark/api/database';

export interface PasswordCredentials {
  readonly email: string;
  readonly password: string;
}

/** The same generic message for an unknown email, a wrong password or an archived person. */
export function signInRefused(): GraphQLError {
  const error = unauthenticated();
  error.message = 'The email address or password is not right.';
  return error;
}

/** UNAUTHENTICATED, marked so the sign-in page can point to the single sign-on button. */
export function singleSignOnOnly(): GraphQLError {
  return new GraphQLError(
    'Your partnership signs in with single sign-on. Use the single sign-on button instead of a password.',
    {
      extensions: { code: ErrorCode.Unauthenticated, singleSignOnOnly: true },
    },
  );
}

/** Email + password, hashed with argon2id, throttled per account and per address. */
@Injectable()
export class PasswordSignIn implements SignInMethod<PasswordCredentials> {
  readonly name = 'password';
  /** Verified against when the email is unknown, so response time does not reveal which emails exist. */
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: SignInRateLimiter,
    private readonly events: SecurityEvents,
    private readonly notice: SignInDelayNotice,
  ) {}

  async authenticate(credentials: PasswordCredentials, context: { address: string }): Promise<SignInResult> {
    const keys: ThrottleKey[] = [
      { scope: 'account', key: SignInRateLimiter.accountKey(credentials.email) },
      { scope: 'address', key: context.address },
    ];
    const email = credentials.email.trim();
    let charging: ThrottleKey['scope'] | undefined;
    try {
      // One key after the other, so an attempt refused for the account is not also charged to the address.
      for (const key of keys) {
        charging = key.scope;
        await this.limiter.charge([key]);
      }
    } catch (error) {
      if (!(error instanceof Throttled)) throw error;
      const person = await this.findPerson(email);
      await this.events.record({
        type: 'sign_in_throttled',
        ...person,
        email,
        address: context.address,
        detail:
          charging === 'account' ? 'too many wrong passwords for this account' : 'too many attempts from this address',
      });
      if (charging === 'account') await this.notice.tell(email, context.address);
      throw tooManyAttempts(error.retryAfterSeconds);
    }
    // The account, its password and whether any of its live memberships still accepts a password.
    const rows = await queryRows<{
      account_id: string;
      person_id: string | null;
      partnership_id: string | null;
      password_hash: string;
      password_allowed: boolean;
    }>(
      this.dataSource,
      `SELECT a.id AS account_id, c.password_hash, p.id AS person_id, p.partnership_id,
              NOT (COALESCE(s.sso_only, false) AND NOT (p.is_administrator AND p.is_break_glass)) AS password_allowed
         FROM account a JOIN credential c ON c.account_id = a.id
         JOIN person p ON p.account_id = a.id AND p.archived_at IS NULL AND p.deactivated_at IS NULL
         LEFT JOIN partnership_sso s ON s.partnership_id = p.partnership_id
        WHERE a.email = $1
        ORDER BY 5 DESC, p.last_signed_in_at DESC NULLS LAST LIMIT 1`,
      [email],
    );
    const row = rows[0];
    const tooLong = [...credentials.password].length > PASSWORD_MAX_LENGTH;
    const hashToCheck = row?.password_hash ?? (await this.getDummyHash());
    const matches = !tooLong && (await verifyPassword(hashToCheck, credentials.password)) && row !== undefined;
    if (!matches) {
      await this.events.record({
        type: 'sign_in_failed',
        personId: row?.person_id,
        partnershipId: row?.partnership_id,
        email,
        address: context.address,
      });
      throw signInRefused();
    }
    // Checked only after the right password, so the answer does not tell a guesser whether the address exists.
    if (!row.password_allowed) {
      await this.events.record({
        type: 'sign_in_refused_sso_only',
        personId: row.person_id,
        partnershipId: row.partnership_id,
        email,
        address: context.address,
      });
      throw singleSignOnOnly();
    }
    await this.limiter.succeeded(keys);
    return { accountId: row.account_id, method: this.name, via: { kind: 'password' } };
  }

  /** Throttled like sign-in (per person), so a left-open session cannot be used to guess the password. */
  async assertCurrentPassword(actor: Actor, password: string, field = 'input.currentPassword'): Promise<void> {
    const keys: ThrottleKey[] = [{ scope: 'password_change', key: actor.personId }];
    const who = { personId: actor.personId, partnershipId: actor.partnershipId, actorId: actor.personId };
    try {
      await this.limiter.charge(keys);
    } catch (error) {
      if (!(error instanceof Throttled)) throw error;
      await this.events.record({ type: 'password_change_throttled', ...who });
      throw tooManyAttempts(error.retryAfterSeconds, 'password attempts');
    }
    if (!(await this.checkCurrentPassword(actor.accountId, password))) {
      await this.events.record({ type: 'password_change_refused', ...who });
      throw badInput([{ field, message: 'is not your current password.' }]);
    }
    await this.limiter.succeeded(keys);
  }

  /** Sets (or replaces) an account's password after checking the policy. Runs in the caller's transaction. */
  async setPassword(
    manager: EntityManager,
    accountId: string,
    password: string,
    field = 'input.password',
  ): Promise<void> {
    assertPasswordAcceptable(password, field);
    const passwordHash = await hashPassword(password);
    await manager.query(
      `INSERT INTO credential (account_id, password_hash) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
      [accountId, passwordHash],
    );
  }

  async checkCurrentPassword(accountId: string, password: string): Promise<boolean> {
    const rows = await queryRows<Pick<CredentialRow, 'password_hash'>>(
      this.dataSource,
      `SELECT password_hash FROM credential WHERE account_id = $1`,
      [accountId],
    );
    return rows[0] ? verifyPassword(rows[0].password_hash, password) : false;
  }

  private async findPerson(email: string): Promise<{ personId?: string; partnershipId?: string }> {
    const rows = await queryRows<{ id: string; partnership_id: string }>(
      this.dataSource,
      `SELECT p.id, p.partnership_id FROM account a JOIN person p ON p.account_id = a.id WHERE a.email = $1 ORDER BY p.last_signed_in_at DESC NULLS LAST LIMIT 1`,
      [email],
    );
    return rows[0] ? { personId: rows[0].id, partnershipId: rows[0].partnership_id } : {};
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hashPassword('waymark-dummy-password-for-timing');
    return this.dummyHash;
  }
}
