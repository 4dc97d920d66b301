import type { EntityManager } from 'typeorm';

/** A column of a bulk insert: its SQL name and the PostgreSQL type its values are cast to. */
export interface BulkColumn<R> {
  readonly name: string;
  /** Element type, e.g. `uuid`, `text`, `date`, `rag`, `integer`; `text[]` columns use `textArray`. */
  readonly type: string;
  readonly value: (row: R) => unknown;
}

/**
 * Inserts any number of rows with one statement per 5,000 rows: every column travels as a single array
 * parameter and `unnest` turns them back into rows (no per-row round trips, no parameter limit).
 * `text[]` columns are sent as JSON text and rebuilt in SQL, because `unnest` flattens 2-D arrays.
 */
export async function bulkInsert<R>(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn<R>[],
  rows: readonly R[],
): Promise<void> {
  if (rows.length === 0) return;
  // Large sets go in chunks so each statement stays well inside the pool's statement timeout.
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await insertChunk(manager, table, columns, rows.slice(start, start + CHUNK_ROWS));
  }
}

const CHUNK_ROWS = 5_000;

async function insertChunk<R>(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn<R>[],
  rows: readonly R[],
): Promise<void> {
  const params = columns.map((c) =>
    rows.map((row) => {
      const v = c.value(row);
      if (v === undefined || v === null) return null;
      return c.type === 'textArray' ? JSON.stringify(v) : v;
    }),
  );
  const unnestArgs = columns.map((c, i) => `$${i + 1}::${c.type === 'textArray' ? 'jsonb' : c.type}[]`).join(', ');
  const selectList = columns
    .map((c, i) => (c.type === 'textArray' ? `ARRAY(SELECT jsonb_array_elements_text(c${i}))` : `c${i}`))
    .join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')})
     SELECT ${selectList} FROM unnest(${unnestArgs}) AS t(${aliases})`,
    params,
  );
}

/** Shorthand to declare a column from a property of the row object. */
export function col<R, K extends keyof R & string>(key: K, type: string, name?: string): BulkColumn<R> {
  return { name: name ?? key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`), type, value: (row) => row[key] };
}
