import { EntityManager } from 'typeorm';
import { queryRows, type CamelRow, type SnakeRow } from './query-rows';
import type { DomainRow } from './domain-row';
import type { VersionedRow, VersionedTable } from './versioned-tables';
import { conflict, notFound } from '@waymark/api/shared/util';

const toSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * A versioned table's row as `lockRow` and `updateWithVersion` answer it: the generated row, camelCase, with the
 * domain's enums.
 */
export type VersionedRecord<T extends VersionedTable> = CamelRow<DomainRow<VersionedRow<T>>>;

/**
 * camelCase column → value to write, for the table's columns only. Values stay `unknown`: what is written need not be
 * what is read (a number into a `numeric` column, which reads back as a string).
 */
export type ColumnValues<T extends VersionedTable> = { readonly [K in keyof VersionedRecord<T>]?: unknown };

export interface VersionedUpdate<T extends VersionedTable> {
  readonly table: T;
  /** Name used in error messages, e.g. "Action". */
  readonly entity: string;
  readonly id: string;
  readonly expectedVersion: number;
  /** Only these columns change. */
  readonly set: ColumnValues<T>;
}

/**
 * Optimistic concurrency done properly: `UPDATE … WHERE id = $1 AND version = $2`, checking the row
 * count (TypeORM's @VersionColumn does not check on save(), typeorm#2848). Returns the row before
 * and after as camelCase records, for the audit trail.
 */
export async function updateWithVersion<T extends VersionedTable>(
  manager: EntityManager,
  update: VersionedUpdate<T>,
): Promise<{ before: VersionedRecord<T>; after: VersionedRecord<T> }> {
  const before = await lockRow(manager, update.table, update.id);
  if (!before) throw notFound(update.entity, update.id);
  if (before.version !== update.expectedVersion) {
    throw conflict(update.entity, update.id, update.expectedVersion, before);
  }
  const entries = Object.entries(update.set).filter(([, value]) => value !== undefined);
  const assignments = entries.map(([key], i) => `${toSnake(key)} = $${i + 3}`);
  // TypeORM's query() answers a bare UPDATE with [rows, rowCount]; wrapped in a CTE it answers rows.
  const rows = await queryRows<DomainRow<VersionedRow<T>>>(
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

export async function lockRow<T extends VersionedTable>(
  manager: EntityManager,
  table: T,
  id: string,
): Promise<VersionedRecord<T> | null> {
  const rows = await queryRows<DomainRow<VersionedRow<T>>>(manager, `SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [
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

/** A snake_case row as its camelCase record (`CamelRow<T>`): the one place that shape change is trusted. */
export function camelRow<T extends object>(row: T): CamelRow<T> {
  const out: Record<string, unknown> = {};
  for (const key in row) if (Object.prototype.hasOwnProperty.call(row, key)) out[camelKey(key)] = row[key];
  return out as CamelRow<T>;
}

/** A row read with snake_case columns as its camelCase shape `T` (the SQL selects `T`'s columns, see `SnakeRow`). */
export function fromSnakeRow<T extends object>(row: SnakeRow<T>): T {
  return camelRow(row) as T;
}
