/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs a statement that answers rows and types them as `Row`. pg answers untyped rows; this is the one place the API
 * trusts that a statement's column list matches its declared row type, so each query's shape is declared once (its
 * `Row`, derived from the table's shape where there is one) instead of being cast back field by field where it is used.
 */
export async function queryRows<Row extends object>(
  runner: SqlRunner,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<Row[]> {
  return (await runner.query(sql, [...parameters])) as Row[];
}

/** 'sortOrder' → 'sort_order', as the type of a column name (the schema's rule for letters). */
export type SnakeKey<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeKey<Tail>}`
  : S;

/** A camelCase shape as the table's snake_case row: `SnakeRow<{ sortOrder: number }>` is `{ sort_order: number }`. */
export type SnakeRow<T> = { [K in keyof T & string as SnakeKey<K>]: T[K] };

/** 'sort_order' → 'sortOrder', as the type of a property name (`camelRow`'s rule). */
export type CamelKey<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelKey<Tail>>}`
  : S;

/**
 * A generated snake_case row (see generated/rows) as the camelCase record `camelRow` makes of it:
 * `CamelRow<Pick<ReportingPeriodRow, 'id' | 'starts_on'>>` is `{ readonly id: string; readonly startsOn: string }`.
 */
export type CamelRow<T> = { readonly [K in keyof T & string as CamelKey<K>]: T[K] };

/**
 * A row as `to_jsonb`/`json_build_object` answers it: timestamps become ISO text. A `numeric` or `bigint` column becomes
 * a JSON number, which the generated row (a string there) cannot show: a reader of such a column declares it.
 */
export type JsonRow<T> = {
  [K in keyof T]: T[K] extends Date ? string : Date extends T[K] ? Exclude<T[K], Date> | string : T[K];
};

/**
 * `true` when a hand-written shape (a domain type the web and the report model share, which cannot import the API's
 * generated rows) and a generated row agree both ways, string enums compared by their values. Used as
 * `AssertTrue<SameShape<…>>`, so a migration that changes the table fails the typecheck until the domain type follows.
 */
export type SameShape<A, B> = [EnumValues<A>] extends [EnumValues<B>]
  ? [EnumValues<B>] extends [EnumValues<A>]
    ? true
    : false
  : false;
type EnumValues<T> = { -readonly [K in keyof T]: T[K] extends string ? `${T[K]}` : T[K] };
export type AssertTrue<T extends true> = T;
