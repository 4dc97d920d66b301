import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { queryRows, type AccountTokenRow } from '@waymark/api/database';

/** What a one-time link is for (the column's check constraint); the token itself is never stored, only its SHA-256. */
export type AccountTokenPurpose = 'invitation' | 'password_reset';

/** 256 random bits, URL-safe. */
export function newAccountToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashAccountToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * The page that redeems a token. The token travels in the fragment, which browsers never send to a server, so it
 * cannot reach access logs, proxies or Referer headers.
 */
export function setPasswordLink(publicUrl: string, token: string): string {
  return `${publicUrl}/set-password#token=${token}`;
}

export interface IssueTokenOptions {
  readonly personId: string;
  readonly purpose: AccountTokenPurpose;
  readonly lifetimeMinutes: number;
  readonly createdBy: string | null;
}

/** Issues a new link for the person and purpose, revoking any earlier live one (only the newest link works). */
export async function issueAccountToken(
  manager: EntityManager,
  options: IssueTokenOptions,
): Promise<{ token: string; expiresAt: Date }> {
  await revokeAccountTokens(manager, options.personId, options.purpose);
  const token = newAccountToken();
  const [row] = await queryRows<Pick<AccountTokenRow, 'expires_at'>>(
    manager,
    `INSERT INTO account_token (person_id, purpose, token_hash, expires_at, created_by)
     VALUES ($1, $2, $3, now() + make_interval(mins => $4), $5) RETURNING expires_at`,
    [options.personId, options.purpose, hashAccountToken(token), options.lifetimeMinutes, options.createdBy],
  );
  return { token, expiresAt: row.expires_at };
}

/** Revokes the person's live links (of one purpose, or all). Resolves to how many were revoked. */
export async function revokeAccountTokens(
  manager: EntityManager,
  personId: string,
  purpose?: AccountTokenPurpose,
): Promise<number> {
  const rows = await queryRows<Pick<AccountTokenRow, 'id'>>(
    manager,
    `WITH revoked AS (
       UPDATE account_token SET revoked_at = now()
        WHERE person_id = $1 AND ($2::text IS NULL OR purpose = $2) AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
       RETURNING id
     ) SELECT id FROM revoked`,
    [personId, purpose ?? null],
  );
  return rows.length;
}

export interface LiveToken {
  readonly id: string;
  readonly personId: string;
  readonly purpose: AccountTokenPurpose;
  readonly partnershipId: string;
  readonly fullName: string;
  readonly email: string;
}

/**
 * The live (unused, unrevoked, unexpired) token with this value, of a person who is not archived, or null.
 * `lock` takes a row lock so two redemptions of the same link cannot both succeed.
 */
export async function findLiveAccountToken(
  manager: EntityManager,
  token: string,
  lock = false,
): Promise<LiveToken | null> {
  if (token.length < 20 || token.length > 200) return null;
  const rows = await queryRows<LiveToken>(
    manager,
    `SELECT t.id, t.person_id AS "personId", t.purpose, p.partnership_id AS "partnershipId", p.full_name AS "fullName", p.email
       FROM account_token t JOIN person p ON p.id = t.person_id
      WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now() AND p.archived_at IS NULL
      ${lock ? 'FOR UPDATE OF t' : ''}`,
    [hashAccountToken(token)],
  );
  return rows[0] ?? null;
}
