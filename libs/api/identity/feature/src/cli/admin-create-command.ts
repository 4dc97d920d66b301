import { writeAudit } from '@waymark/api/audit/data-access';
import { issueAccountToken, setPasswordLink } from '@waymark/api/identity/data-access';
import { DataSource } from 'typeorm';
import { queryRows, type PartnershipRow } from '@waymark/api/database';

export interface AdminCreateArgs {
  readonly email: string;
  readonly name: string;
  readonly partnership: string;
}

export interface AdminCreateOptions {
  readonly publicUrl: string;
  readonly invitationDays: number;
}

export interface AdminCreated {
  readonly personId: string;
  readonly partnershipId: string;
  readonly createdPartnership: boolean;
  readonly createdPerson: boolean;
  readonly link: string;
  readonly expiresAt: Date;
}

export const ADMIN_CREATE_USAGE =
  'usage: node main.js admin:create (npm run admin:create --) --email <address> --name "<full name>" --partnership "<partnership name>"';

export class AdminCreateUsageError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Parses `--email … --name … --partnership …` (also `--key=value`); throws AdminCreateUsageError naming what is wrong. */
export function parseAdminCreateArgs(argv: readonly string[]): AdminCreateArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(email|name|partnership)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new AdminCreateUsageError(`Unexpected argument "${argv[i]}".\n${ADMIN_CREATE_USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.trim() === '')
      throw new AdminCreateUsageError(`--${match[1]} needs a value.\n${ADMIN_CREATE_USAGE}`);
    values[match[1]] = value.trim();
  }
  const missing = ['email', 'name', 'partnership'].filter((k) => !values[k]);
  if (missing.length)
    throw new AdminCreateUsageError(`Missing ${missing.map((m) => `--${m}`).join(', ')}.\n${ADMIN_CREATE_USAGE}`);
  if (!EMAIL.test(values['email']))
    throw new AdminCreateUsageError(`--email must be an e-mail address, like name@example.org.`);
  return { email: values['email'], name: values['name'], partnership: values['partnership'] };
}

/**
 * Creates (or promotes) an administrator of the named partnership, creating the partnership when it does not
 * exist, and returns a one-time set-password link. No password is ever set here. Run again for the same person
 * to get a fresh link (the earlier one stops working).
 */
export async function adminCreateCommand(
  args: AdminCreateArgs,
  dataSource: DataSource,
  options: AdminCreateOptions,
): Promise<AdminCreated> {
  return dataSource.transaction(async (manager) => {
    const audit = (
      entityType: string,
      entityId: string,
      partnershipId: string,
      operation: string,
      changes: Record<string, { before: unknown; after: unknown }>,
    ) =>
      writeAudit(manager, [
        { actorId: null, partnershipId, entityType, entityId, operation, changes, reason: 'npm run admin:create' },
      ]);
    let [partnership] = await queryRows<Pick<PartnershipRow, 'id'>>(
      manager,
      `SELECT id FROM partnership WHERE lower(name) = lower($1) AND archived_at IS NULL ORDER BY created_at LIMIT 1`,
      [args.partnership],
    );
    const createdPartnership = !partnership;
    if (!partnership) {
      [partnership] = await manager.query(`INSERT INTO partnership (name) VALUES ($1) RETURNING id`, [
        args.partnership,
      ]);
      await audit('partnership', partnership.id, partnership.id, 'create', {
        name: { before: null, after: args.partnership },
      });
    }
    const [existing] = await queryRows<{
      id: string;
      partnership_id: string;
      is_administrator: boolean;
      archived_at: Date | null;
    }>(
      manager,
      `SELECT id, partnership_id, is_administrator, archived_at FROM person WHERE email = $1 ORDER BY (partnership_id = $2) DESC LIMIT 1 FOR UPDATE`,
      [args.email, partnership.id],
    );
    // The link sets the password of the person's account: never hand one to an operator for someone else's account.
    if (existing && existing.partnership_id !== partnership.id) {
      throw new AdminCreateUsageError(
        `${args.email} already belongs to another partnership; choose that partnership or another address.`,
      );
    }
    let personId: string;
    if (existing) {
      personId = existing.id;
      await manager.query(
        `UPDATE person SET is_administrator = true, archived_at = NULL, deactivated_at = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
        [personId],
      );
      await audit('person', personId, partnership.id, 'update', {
        isAdministrator: { before: existing.is_administrator, after: true },
        ...(existing.archived_at ? { archivedAt: { before: existing.archived_at, after: null } } : {}),
      });
    } else {
      [{ id: personId }] = await manager.query(
        `INSERT INTO person (partnership_id, full_name, email, is_administrator) VALUES ($1, $2, $3, true) RETURNING id`,
        [partnership.id, args.name, args.email],
      );
      await audit('person', personId, partnership.id, 'create', {
        fullName: { before: null, after: args.name },
        email: { before: null, after: args.email },
        isAdministrator: { before: null, after: true },
      });
    }
    const { token, expiresAt } = await issueAccountToken(manager, {
      personId,
      purpose: 'invitation',
      lifetimeMinutes: options.invitationDays * 24 * 60,
      createdBy: null,
    });
    return {
      personId,
      partnershipId: partnership.id,
      createdPartnership,
      createdPerson: !existing,
      link: setPasswordLink(options.publicUrl, token),
      expiresAt,
    };
  });
}
