import { EntityManager } from 'typeorm';

export interface ColumnSpec {
  readonly name: string;
  /** PostgreSQL element type for the unnest cast, e.g. "uuid", "text", "date", "lifecycle_status". */
  readonly type: string;
}

/** One INSERT for any number of rows: `INSERT … SELECT * FROM unnest($1::uuid[], $2::text[], …)`. */
export async function insertRows(manager: EntityManager, table: string, columns: readonly ColumnSpec[], rows: readonly (readonly unknown[])[]): Promise<void> {
  if (rows.length === 0) return;
  const params = columns.map((_, i) => rows.map((row) => row[i] ?? null));
  const casts = columns.map((c, i) => `$${i + 1}::${c.type}[]`);
  await manager.query(
    `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`,
    params.map((p, i) => (columns[i].type === 'jsonb' ? p.map((v) => (v === null ? null : JSON.stringify(v))) : p)),
  );
}

/**
 * One UPDATE for any number of rows with an optimistic version check per row; returns the ids
 * updated. Callers compare with what they asked for and raise CONFLICT on a difference.
 */
export async function updateRowsWithVersion(
  manager: EntityManager,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly { id: string; version: number; values: readonly unknown[] }[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const params: unknown[][] = [rows.map((r) => r.id), rows.map((r) => r.version), ...columns.map((_, i) => rows.map((r) => r.values[i] ?? null))];
  const casts = ['$1::uuid[]', '$2::int[]', ...columns.map((c, i) => `$${i + 3}::${c.type}[]`)];
  const result: unknown = await manager.query(
    `UPDATE ${table} AS t SET ${columns.map((c) => `${c.name} = u.${c.name}`).join(', ')}, version = t.version + 1, updated_at = now()
     FROM unnest(${casts.join(', ')}) AS u(id, version, ${columns.map((c) => c.name).join(', ')})
     WHERE t.id = u.id AND t.version = u.version RETURNING t.id`,
    params,
  );
  const records = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as { id: string }[];
  return records.map((r) => r.id);
}
