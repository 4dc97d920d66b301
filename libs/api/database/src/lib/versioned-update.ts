import { EntityManager } from 'typeorm';
import { queryRows, type SnakeRow } from './query-rows';
import { conflict, notFound } from '@waymark/api/shared/util';

const toSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export interface VersionedUpdate {
  readonly table: string;
  /** Name used in error messages, e.g. "Action". */
  readonly entity: string;
  readonly id: string;
  readonly expectedVersion: number;
  /** camelCase property → new value; only these columns change. */
  readonly set: Record<string, unknown>;
}

/**
 * Optimistic concurrency done properly: `UPDATE … WHERE id = $1 AND version = $2`, checking the row
 * count (TypeORM's @VersionColumn does not check on save(), typeorm#2848). Returns the row before
 * and after as camelCase records, for the audit trail.
 */
export async function updateWithVersion(
  manager: EntityManager,
  update: VersionedUpdate,
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const before = await lockRow(manager, update.table, update.id);
  if (!before) throw notFound(update.entity, update.id);
  if (before['version'] !== update.expectedVersion) {
    throw conflict(update.entity, update.id, update.expectedVersion, before);
  }
  const entries = Object.entries(update.set).filter(([, value]) => value !== undefined);
  const assignments = entries.map(([key], i) => `${toSnake(key)} = $${i + 3}`);
  // TypeORM's query() answers a bare UPDATE with [rows, rowCount]; wrapped in a CTE it answers rows.
  const rows = await queryRows<Record<string, unknown>>(
    manager,
    `WITH updated AS (
       UPDATE ${update.table} SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1 AND version = $2 RETURNING *
     ) SELECT * FROM updated`,
    [update.id, update.expectedVersion, ...entries.map(([, value]) => value)],
  );
  if (rows.length === 0) throw conflict(update.entity, update.id, update.expectedVersion, null);
  return { before, after: camelRow(rows[0]) };
}

export async function lockRow(
  manager: EntityManager,
  table: string,
  id: string,
): Promise<Record<string, unknown> | null> {
  const rows = await queryRows<Record<string, unknown>>(manager, `SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [
    id,
  ]);
  return rows[0] ? camelRow(rows[0]) : null;
}

/** snake_case column name → camelCase property, memoised (column names are a small fixed set; the regex was hot in reads). */
const camelKeys = new Map<string, string>();
const CAMEL_KEYS_MAX = 4096;

function camelKey(key: string): string {
  let camel = camelKeys.get(key);
  if (camel === undefined) {
    camel = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    if (camelKeys.size < CAMEL_KEYS_MAX) camelKeys.set(key, camel);
  }
  return camel;
}

export function camelRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in row) if (Object.prototype.hasOwnProperty.call(row, key)) out[camelKey(key)] = row[key];
  return out;
}

/** A row read with snake_case columns as its camelCase shape `T` (the SQL selects `T`'s columns, see `SnakeRow`). */
export function fromSnakeRow<T extends object>(row: SnakeRow<T>): T {
  return camelRow(row) as T;
}
