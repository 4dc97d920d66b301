export interface ColumnSpec {
  readonly name: string;
  /** PostgreSQL type the JSON value is read as, e.g. "uuid", "text", "date", "lifecycle_status". */
  readonly type: string;
}

/**
 * One statement of an import's writes, its rows one JSON text parameter (read with `json_to_recordset`): built in
 * the import worker, so the API thread only passes strings to PostgreSQL. `versioned` marks an UPDATE with an
 * optimistic version check per row: it returns the ids it updated, and every one wanted must be among them.
 */
export interface PlannedStatement {
  readonly sql: string;
  readonly params: readonly string[];
  readonly versioned?: {
    readonly entity: string;
    readonly wanted: readonly { readonly id: string; readonly version: number }[];
  };
}

const recordset = (columns: readonly ColumnSpec[]) =>
  `json_to_recordset($1::json) AS r(${columns.map((c) => `${c.name} ${c.type}`).join(', ')})`;

const rowsJson = (columns: readonly ColumnSpec[], rows: readonly (readonly unknown[])[]): string =>
  JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i] ?? null]))));

/** One INSERT for any number of rows, or none for no rows. */
export function insertRows(
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly unknown[])[],
): PlannedStatement[] {
  if (rows.length === 0) return [];
  const names = columns.map((c) => c.name).join(', ');
  return [
    {
      sql: `INSERT INTO ${table} (${names}) SELECT ${names} FROM ${recordset(columns)}`,
      params: [rowsJson(columns, rows)],
    },
  ];
}

/**
 * One UPDATE for any number of rows with an optimistic version check per row (see PlannedStatement.versioned), or
 * none for no rows.
 */
export function updateRowsWithVersion(
  entity: string,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly { id: string; version: number; values: readonly unknown[] }[],
): PlannedStatement[] {
  if (rows.length === 0) return [];
  const all = [{ name: 'id', type: 'uuid' }, { name: 'version', type: 'int' }, ...columns];
  return [
    {
      sql: `UPDATE ${table} AS t SET ${columns.map((c) => `${c.name} = r.${c.name}`).join(', ')}, version = t.version + 1, updated_at = now()
     FROM ${recordset(all)}
     WHERE t.id = r.id AND t.version = r.version RETURNING t.id`,
      params: [
        rowsJson(
          all,
          rows.map((r) => [r.id, r.version, ...r.values]),
        ),
      ],
      versioned: { entity, wanted: rows.map((r) => ({ id: r.id, version: r.version })) },
    },
  ];
}
