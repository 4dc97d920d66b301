import { Injectable } from '@nestjs/common';
import { unauthenticated } from '@waymark/api/shared/util';
import { GraphQLError } from 'graphql';
import { DataSource, EntityManager } from 'typeorm';
import { PASSWORD_MAX_LENGTH, assertPasswordAcceptable, hashPassword, verifyPassword } from '../password/password';
import { SignInMethod, SignInResult } from './sign-in-method';
import { SignInRateLimiter } from './sign-in-rate-limiter';

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

/** Email + password, hashed with argon2id, throttled per account and per address. */
@Injectable()
export class PasswordSignIn implements SignInMethod<PasswordCredentials> {
  readonly name = 'password';
  /** Verified against when the email is unknown, so response time does not reveal which emails exist. */
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: SignInRateLimiter,
  ) {}

  async authenticate(credentials: PasswordCredentials, context: { address: string }): Promise<SignInResult> {
    const accountKey = SignInRateLimiter.accountKey(credentials.email);
    await this.limiter.assertAllowed(accountKey, context.address);
    const rows: Array<{ person_id: string; password_hash: string }> = await this.dataSource.query(
      `SELECT c.person_id, c.password_hash FROM credential c JOIN person p ON p.id = c.person_id
        WHERE p.email = $1 AND p.archived_at IS NULL AND p.deactivated_at IS NULL`,
      [credentials.email.trim()],
    );
    const row = rows[0];
    const tooLong = [...credentials.password].length > PASSWORD_MAX_LENGTH;
    const hashToCheck = row?.password_hash ?? (await this.getDummyHash());
    const matches = !tooLong && (await verifyPassword(hashToCheck, credentials.password)) && row !== undefined;
    await this.limiter.record(accountKey, context.address, matches);
    if (!matches) throw signInRefused();
    return { personId: row.person_id, method: this.name };
  }

  /** Sets (or replaces) a person's password after checking the policy. Runs in the caller's transaction. */
  async setPassword(manager: EntityManager, personId: string, password: string, field = 'input.password'): Promise<void> {
    assertPasswordAcceptable(password, field);
    const passwordHash = await hashPassword(password);
    await manager.query(
      `INSERT INTO credential (person_id, password_hash) VALUES ($1, $2)
       ON CONFLICT (person_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
      [personId, passwordHash],
    );
  }

  async checkCurrentPassword(personId: string, password: string): Promise<boolean> {
    const rows: Array<{ password_hash: string }> = await this.dataSource.query(`SELECT password_hash FROM credential WHERE person_id = $1`, [personId]);
    return rows[0] ? verifyPassword(rows[0].password_hash, password) : false;
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hashPassword('waymark-dummy-password-for-timing');
    return this.dummyHash;
  }
}
