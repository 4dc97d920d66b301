/**
 * One field of a GraphQL selection to answer as JSON text built in SQL, in the order and under the response keys
 * (aliases) of the operation: exactly the text graphql-js would serialise for it.
 */
export type JsonField =
  | { readonly key: string; readonly kind: 'typename'; readonly typeName: string }
  | { readonly key: string; readonly kind: 'value'; readonly field: string; readonly encoding: JsonEncoding }
  | { readonly key: string; readonly kind: 'object'; readonly field: string; readonly fields: readonly JsonField[] };

/** How a leaf is written: as PostgreSQL's JSON of the value, as `Date#toISOString()`, or as a GraphQL enum's name. */
export type JsonEncoding =
  | 'json'
  | 'timestamp'
  | { readonly enumNames: ReadonlyArray<readonly [value: string, name: string]> };

/** SQL of each field of one object, and of its nested objects (with when they are null). */
export interface JsonObjectSql {
  readonly fields: Readonly<Record<string, string>>;
  readonly objects: Readonly<Record<string, { readonly isNull: string | null; readonly sql: JsonObjectSql }>>;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * A SQL expression for the JSON text of an object with exactly the selected fields, or null when a field has no SQL
 * here (the caller answers the usual way). PostgreSQL's `to_json` escapes strings as `JSON.stringify` does; keys are
 * GraphQL names, which need no escaping.
 */
export function jsonObjectSql(fields: readonly JsonField[], sql: JsonObjectSql): string | null {
  const parts: string[] = [];
  for (const field of fields) {
    if (!NAME.test(field.key)) return null;
    const value = valueSql(field, sql);
    if (value === null) return null;
    parts.push(`${literal(`${parts.length === 0 ? '{' : ','}"${field.key}":`)} || ${value}`);
  }
  return parts.length === 0 ? `'{}'` : `${parts.join(' || ')} || '}'`;
}

function valueSql(field: JsonField, sql: JsonObjectSql): string | null {
  if (field.kind === 'typename') return NAME.test(field.typeName) ? literal(`"${field.typeName}"`) : null;
  if (field.kind === 'object') {
    const object = sql.objects[field.field];
    const inner = object && jsonObjectSql(field.fields, object.sql);
    if (!inner) return null;
    return object.isNull === null ? `(${inner})` : `CASE WHEN ${object.isNull} THEN 'null' ELSE ${inner} END`;
  }
  const expression = sql.fields[field.field];
  if (expression === undefined) return null;
  const { encoding } = field;
  if (encoding === 'json') return `coalesce(to_json(${expression})::text, 'null')`;
  if (encoding === 'timestamp')
    return `coalesce(to_json(to_char((${expression}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text, 'null')`;
  const cases = encoding.enumNames.map(
    ([value, name]) => `WHEN ${literal(value)} THEN ${literal(JSON.stringify(name))}`,
  );
  return `coalesce(CASE (${expression})::text ${cases.join(' ')} END, 'null')`;
}
