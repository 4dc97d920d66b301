import { DataSource, EntityManager } from 'typeorm';
import { writeAudit } from '@waymark/api/audit/data-access';
import { GraphQLError } from 'graphql';
import { badInput, ErrorCode, notFound } from '@waymark/api/shared/util';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupFromText,
  type BackupRow,
  type PartnershipBackup,
  type PartnershipBackupText,
} from '@waymark/api/import-export/render';
import { queryRows, type PartnershipRow, type PersonRow } from '@waymark/api/database';

export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupFromText,
  renderBackupJson,
  type PartnershipBackup,
  type PartnershipBackupText,
} from '@waymark/api/import-export/render';

/**
 * Tables in restore order (parents first), each with the rows that belong to one partnership.
 * Passwords (credential), sessions and sign-in attempts are never backed up.
 */
const TABLES: readonly { table: string; where: string; orderBy: string; omit?: string }[] = [
  { table: 'partnership', where: 't.id = $1', orderBy: 't.id' },
  { table: 'organisation', where: 't.partnership_id = $1', orderBy: 't.sort_order, t.id' },
  // Accounts (who signs in, possibly for other partnerships too) are not the partnership's: restored people are invited again.
  { table: 'person', where: 't.partnership_id = $1', orderBy: 't.email', omit: 'account_id' },
  { table: 'partnership_group', where: 't.partnership_id = $1', orderBy: 't.sort_order, t.id' },
  {
    table: 'group_membership',
    where: 't.group_id IN (SELECT id FROM partnership_group WHERE partnership_id = $1)',
    orderBy: 't.group_id, t.person_id',
  },
  { table: 'strategy', where: 't.partnership_id = $1', orderBy: 't.sort_order, t.id' },
  {
    table: 'theme',
    where: 't.strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)',
    orderBy: 't.strategy_id, t.sort_order, t.id',
  },
  {
    table: 'objective',
    where: 't.strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)',
    orderBy: 't.theme_id, t.sort_order, t.id',
  },
  {
    table: 'action',
    where: 't.strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)',
    orderBy: 't.theme_id, t.objective_id, t.sort_order, t.id',
  },
  {
    table: 'action_supporting_organisation',
    where:
      't.action_id IN (SELECT a.id FROM action a JOIN strategy s ON s.id = a.strategy_id WHERE s.partnership_id = $1)',
    orderBy: 't.action_id, t.organisation_id',
  },
  {
    table: 'reporting_period',
    where: 't.strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)',
    orderBy: 't.strategy_id, t.starts_on, t.id',
  },
  {
    table: 'progress_update',
    where:
      't.action_id IN (SELECT a.id FROM action a JOIN strategy s ON s.id = a.strategy_id WHERE s.partnership_id = $1)',
    orderBy: 't.action_id, t.period_id',
  },
  {
    table: 'theme_commentary',
    where:
      't.theme_id IN (SELECT th.id FROM theme th JOIN strategy s ON s.id = th.strategy_id WHERE s.partnership_id = $1)',
    orderBy: 't.period_id, t.theme_id, t.sort_order, t.id',
  },
  {
    table: 'indicator',
    where: 't.strategy_id IN (SELECT id FROM strategy WHERE partnership_id = $1)',
    orderBy: 't.strategy_id, t.sort_order, t.id',
  },
  {
    table: 'indicator_value',
    where:
      't.indicator_id IN (SELECT i.id FROM indicator i JOIN strategy s ON s.id = i.strategy_id WHERE s.partnership_id = $1)',
    orderBy: 't.indicator_id, t.period_id',
  },
  // The audit trail goes too (reports read due-date moves from it); ids are reassigned on restore.
  { table: 'audit_entry', where: 't.partnership_id = $1', orderBy: 't.id' },
];

/** Backups are rate-limited and queued per partnership, so one long read at a time is affordable. */
const BACKUP_STATEMENT_TIMEOUT_MS = 120_000;

/** Every record of one partnership as JSON texts, read in one consistent snapshot. People are included, password hashes never. */
export async function loadBackupText(dataSource: DataSource, partnershipId: string): Promise<PartnershipBackupText> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    // A whole partnership is read on purpose: its biggest tables may take longer than a request's statement timeout.
    await manager.query(`SET LOCAL statement_timeout = ${BACKUP_STATEMENT_TIMEOUT_MS}`);
    const [partnership] = await queryRows<Pick<PartnershipRow, 'name'>>(
      manager,
      `SELECT name FROM partnership WHERE id = $1`,
      [partnershipId],
    );
    if (!partnership) throw notFound('Partnership', partnershipId);
    const tables: Record<string, string> = {};
    for (const { table, where, orderBy, omit } of TABLES) {
      const row = omit ? `to_jsonb(t) - '${omit}'` : 'to_jsonb(t)';
      const [result] = await queryRows<{ rows: string }>(
        manager,
        `SELECT coalesce(json_agg(${row} ORDER BY ${orderBy}), '[]')::text AS rows FROM ${table} t WHERE ${where}`,
        [partnershipId],
      );
      tables[table] = result.rows;
    }
    const [migration] = await queryRows<{ name: string }>(
      manager,
      `SELECT name FROM schema_migration ORDER BY timestamp DESC LIMIT 1`,
    );
    return {
      createdAt: new Date().toISOString(),
      schemaVersion: migration?.name ?? null,
      partnershipId,
      partnershipName: partnership.name,
      tables,
    };
  });
}

/** Every record of one partnership, read in one consistent snapshot. People are included, password hashes never. */
export async function backupPartnership(dataSource: DataSource, partnershipId: string): Promise<PartnershipBackup> {
  return backupFromText(await loadBackupText(dataSource, partnershipId));
}

export interface RestoreResult {
  readonly partnershipId: string;
  readonly counts: Record<string, number>;
}

/** Parents before children, so a strategy's parent strategy is inserted first. */
function parentsFirst(rows: BackupRow[]): BackupRow[] {
  const byId = new Map(rows.map((r) => [r['id'], r]));
  const out: BackupRow[] = [];
  const seen = new Set<unknown>();
  const visit = (row: BackupRow) => {
    if (seen.has(row['id'])) return;
    seen.add(row['id']);
    const parent = byId.get(row['parent_strategy_id']);
    if (parent) visit(parent);
    out.push(row);
  };
  rows.forEach(visit);
  return out;
}

/**
 * Restores a backup with the same ids, in one transaction: all or nothing. The partnership must not
 * exist yet (restore into an empty database, or one without this partnership). Restored people have no
 * password: they set one through the usual reset, or an administrator invites them again.
 */
export async function restorePartnership(
  dataSource: DataSource,
  backup: unknown,
  actorId: string | null = null,
): Promise<RestoreResult> {
  const doc = backup as Partial<PartnershipBackup> | null;
  if (!doc || typeof doc !== 'object' || doc.format !== BACKUP_FORMAT) {
    throw badInput([
      { field: 'backup.format', message: `Not a Waymark partnership backup (expected format "${BACKUP_FORMAT}").` },
    ]);
  }
  if (doc.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw badInput([
      {
        field: 'backup.formatVersion',
        message: `Backup format version ${doc.formatVersion} is not supported; this Waymark reads version ${BACKUP_FORMAT_VERSION}.`,
      },
    ]);
  }
  const tables = doc.tables ?? {};
  const partnershipId = String(doc.partnershipId);
  if (!tables['partnership']?.length)
    throw badInput([{ field: 'backup.tables.partnership', message: 'The backup holds no partnership.' }]);
  return dataSource.transaction(async (manager: EntityManager) => {
    const existing = await queryRows<Pick<PartnershipRow, 'id'>>(manager, `SELECT id FROM partnership WHERE id = $1`, [
      partnershipId,
    ]);
    if (existing.length) {
      throw new GraphQLError(
        `Partnership ${partnershipId} already exists in this database: restore into an empty database (nothing was changed).`,
        {
          extensions: { code: ErrorCode.Conflict, entity: 'Partnership', id: partnershipId },
        },
      );
    }
    const emails = (tables['person'] ?? []).map((p) => String(p['email']).toLowerCase());
    const taken = await queryRows<Pick<PersonRow, 'email'>>(
      manager,
      `SELECT email FROM person WHERE lower(email::text) = ANY($1::text[])`,
      [emails],
    );
    if (taken.length) {
      throw badInput([
        {
          field: 'backup.tables.person',
          message: `These people already exist in this database: ${taken.map((t) => t.email).join(', ')}.`,
        },
      ]);
    }
    const counts: Record<string, number> = {};
    for (const { table } of TABLES) {
      let rows = tables[table] ?? [];
      if (table === 'strategy') rows = parentsFirst(rows);
      counts[table] = rows.length;
      if (rows.length === 0) continue;
      if (table === 'audit_entry') {
        await manager.query(
          `INSERT INTO audit_entry (occurred_at, actor_id, partnership_id, entity_type, entity_id, operation, changes, reason)
           SELECT occurred_at, actor_id, partnership_id, entity_type, entity_id, operation, changes, reason
           FROM jsonb_populate_recordset(NULL::audit_entry, $1::jsonb) ORDER BY occurred_at`,
          [JSON.stringify(rows)],
        );
      } else {
        await manager.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [
          JSON.stringify(rows),
        ]);
      }
    }
    await writeAudit(manager, [
      {
        actorId,
        partnershipId,
        entityType: 'partnership',
        entityId: partnershipId,
        operation: 'restore',
        changes: {
          restoredFrom: { before: null, after: { createdAt: doc.createdAt, formatVersion: doc.formatVersion, counts } },
        },
        reason: 'Restored from a JSON backup',
      },
    ]);
    return { partnershipId, counts };
  });
}
