import { EntityManager } from 'typeorm';
import { queryRows, type AccountRow, type PersonRow } from '@waymark/api/database';

/** The account with this e-mail address, created when there is none. Runs in the caller's transaction. */
export async function ensureAccount(manager: EntityManager, email: string): Promise<string> {
  const [created] = await queryRows<Pick<AccountRow, 'id'>>(
    manager,
    `INSERT INTO account (email) VALUES ($1) ON CONFLICT (email) DO NOTHING RETURNING id`,
    [email.trim()],
  );
  if (created) return created.id;
  const [existing] = await queryRows<Pick<AccountRow, 'id'>>(manager, `SELECT id FROM account WHERE email = $1`, [
    email.trim(),
  ]);
  return existing.id;
}

/** The person's account, linking one (by the person's e-mail address) when they have none yet. */
export async function accountOfPerson(manager: EntityManager, personId: string): Promise<string> {
  const [person] = await queryRows<Pick<PersonRow, 'account_id' | 'email'>>(
    manager,
    `SELECT account_id, email::text AS email FROM person WHERE id = $1 FOR UPDATE`,
    [personId],
  );
  if (person.account_id) return person.account_id;
  const accountId = await ensureAccount(manager, person.email);
  await manager.query(`UPDATE person SET account_id = $2 WHERE id = $1`, [personId, accountId]);
  return accountId;
}

/**
 * Gives people accounts (by their e-mail addresses) with these password hashes, in one statement per step whatever
 * the count: for loaded data sets (demo, benchmark) and tests. People listed with the same address (one person in
 * several partnerships) share one account; give them the same hash.
 */
export async function givePeoplePasswords(
  manager: EntityManager,
  credentials: ReadonlyArray<{ personId: string; passwordHash: string }>,
): Promise<void> {
  if (!credentials.length) return;
  const personIds = credentials.map((c) => c.personId);
  await manager.query(
    `INSERT INTO account (email) SELECT email FROM person WHERE id = ANY($1::uuid[]) ON CONFLICT (email) DO NOTHING`,
    [personIds],
  );
  await manager.query(
    `UPDATE person p SET account_id = a.id FROM account a WHERE p.id = ANY($1::uuid[]) AND a.email = p.email AND p.account_id IS NULL`,
    [personIds],
  );
  await manager.query(
    `INSERT INTO credential (account_id, password_hash)
     SELECT DISTINCT ON (p.account_id) p.account_id, c.hash FROM unnest($1::uuid[], $2::text[]) AS c(person_id, hash) JOIN person p ON p.id = c.person_id
     ON CONFLICT (account_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
    [personIds, credentials.map((c) => c.passwordHash)],
  );
}

/** Ends every session of the account (in any partnership, or still choosing one), except `keepSid`. */
export async function endAccountSessions(
  manager: EntityManager,
  accountId: string,
  keepSid: string | null = null,
): Promise<void> {
  await manager.query(
    `DELETE FROM user_session
      WHERE (sess->>'accountId' = $1 OR sess->>'personId' IN (SELECT id::text FROM person WHERE account_id::text = $1))
        AND sid IS DISTINCT FROM $2`,
    [accountId, keepSid],
  );
}

/**
 * An administrator changed a person's e-mail address. When the person is their account's only membership and no
 * other account has the new address, the account moves with them (they keep signing in, with the same password).
 * Otherwise the account belongs to other partnerships too, which one partnership's administrator must not change:
 * the person is detached from it (their sessions here end) and can be invited at the new address.
 */
export async function followEmailChange(
  manager: EntityManager,
  personId: string,
  accountId: string,
  email: string,
): Promise<'moved' | 'detached'> {
  const moved: unknown[] = await manager.query(
    `WITH moved AS (
       UPDATE account SET email = $2, updated_at = now()
        WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM person WHERE account_id = $1 AND id <> $3) AND NOT EXISTS (SELECT 1 FROM account WHERE email = $2)
       RETURNING id
     ) SELECT id FROM moved`,
    [accountId, email, personId],
  );
  if (moved.length) return 'moved';
  await manager.query(`UPDATE person SET account_id = NULL WHERE id = $1`, [personId]);
  await manager.query(`DELETE FROM user_session WHERE sess->>'personId' = $1`, [personId]);
  return 'detached';
}
