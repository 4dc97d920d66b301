import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import {
  camelRow,
  lockRow,
  queryRows,
  updateWithVersion,
  type ColumnValues,
  type DomainRow,
  type VersionedRecord,
  type VersionedRow,
  type VersionedTable,
} from '@waymark/api/database';
import { Actor, notFound } from '@waymark/api/shared/util';
import { EntityManager } from 'typeorm';

const toSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** Reads and locks one row for a write, or throws NOT_FOUND (archived rows count as missing). */
export async function loadForWrite<T extends VersionedTable>(
  manager: EntityManager,
  table: T,
  entity: string,
  id: string,
): Promise<VersionedRecord<T>> {
  const row = await lockRow(manager, table, id);
  if (!row || ('archivedAt' in row && row.archivedAt)) throw notFound(entity, id);
  return row;
}

/** INSERT … RETURNING *, plus its audit row, inside the caller's transaction. */
export async function insertAudited<T extends VersionedTable>(
  manager: EntityManager,
  actor: Actor,
  spec: { table: T; entityType: string; values: ColumnValues<T> },
): Promise<VersionedRecord<T>> {
  const entries = Object.entries(spec.values).filter(([, value]) => value !== undefined);
  const rows = await queryRows<DomainRow<VersionedRow<T>>>(
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
      entityId: after.id,
      operation: 'create',
      changes: diffFields(null, after),
    },
  ]);
  return after;
}

/** Versioned UPDATE (CONFLICT when stale) plus its audit row. */
export async function updateAudited<T extends VersionedTable>(
  manager: EntityManager,
  actor: Actor,
  spec: { table: T; entityType: string; id: string; version: number; set: ColumnValues<T>; operation?: string },
): Promise<VersionedRecord<T>> {
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
  return after;
}

/** The versioned tables whose records are archived rather than deleted. */
export type ArchivableTable = {
  [K in VersionedTable]: 'archived_at' extends keyof VersionedRow<K> ? K : never;
}[VersionedTable];

/** Archive instead of delete: sets archived_at through the versioned update. */
export function archiveAudited<T extends ArchivableTable>(
  manager: EntityManager,
  actor: Actor,
  spec: { table: T; entityType: string; id: string; version: number },
): Promise<VersionedRecord<T>> {
  // Every archivable table has archived_at; a mapped type over a type parameter cannot see it.
  const set = { archivedAt: new Date() } as ColumnValues<T>;
  return updateAudited(manager, actor, { ...spec, set, operation: 'archive' });
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
