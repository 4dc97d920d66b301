import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { camelRow, lockRow, queryRows, updateWithVersion } from '@waymark/api/database';
import { Actor, notFound } from '@waymark/api/shared/util';
import { EntityManager } from 'typeorm';

const toSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export type Row = Record<string, unknown>;

/** Reads and locks one row for a write, or throws NOT_FOUND (archived rows count as missing). */
export async function loadForWrite<T>(manager: EntityManager, table: string, entity: string, id: string): Promise<T> {
  const row = await lockRow(manager, table, id);
  if (!row || row['archivedAt']) throw notFound(entity, id);
  return row as T;
}

/** INSERT … RETURNING *, plus its audit row, inside the caller's transaction. */
export async function insertAudited<T>(
  manager: EntityManager,
  actor: Actor,
  spec: { table: string; entityType: string; values: Row },
): Promise<T> {
  const entries = Object.entries(spec.values).filter(([, value]) => value !== undefined);
  const rows = await queryRows<Row>(
    manager,
    `INSERT INTO ${spec.table} (${entries.map(([key]) => toSnake(key)).join(', ')})
     VALUES (${entries.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
    entries.map(([, value]) => value),
  );
  const after = camelRow(rows[0]);
  await writeAudit(manager, [
    {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      entityType: spec.entityType,
      entityId: String(after['id']),
      operation: 'create',
      changes: diffFields(null, after),
    },
  ]);
  return after as T;
}

/** Versioned UPDATE (CONFLICT when stale) plus its audit row. */
export async function updateAudited<T>(
  manager: EntityManager,
  actor: Actor,
  spec: { table: string; entityType: string; id: string; version: number; set: Row; operation?: string },
): Promise<T> {
  const { before, after } = await updateWithVersion(manager, {
    table: spec.table,
    entity: spec.entityType,
    id: spec.id,
    expectedVersion: spec.version,
    set: spec.set,
  });
  await writeAudit(manager, [
    {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      entityType: spec.entityType,
      entityId: spec.id,
      operation: spec.operation ?? 'update',
      changes: diffFields(before, after),
    },
  ]);
  return after as T;
}

/** Archive instead of delete: sets archived_at through the versioned update. */
export function archiveAudited<T>(
  manager: EntityManager,
  actor: Actor,
  spec: { table: string; entityType: string; id: string; version: number },
): Promise<T> {
  return updateAudited<T>(manager, actor, { ...spec, set: { archivedAt: new Date() }, operation: 'archive' });
}

/** Maps a unique-index violation to a field error instead of a 500. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { driverError?: { code?: string }; code?: string } | null;
  return e?.driverError?.code === '23505' || e?.code === '23505';
}

/** Ids among `ids` that do not exist (unarchived) in `table` for the partnership. One statement. */
export async function missingIds(
  manager: EntityManager,
  table: 'organisation' | 'person' | 'partnership_group' | 'strategy',
  partnershipId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    manager,
    `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND partnership_id = $2 AND archived_at IS NULL`,
    [ids, partnershipId],
  );
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}

/** Rows of an UPDATE/DELETE … RETURNING: TypeORM's postgres driver answers those with [rows, affectedCount]. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}
