import type { ProgressFixture, Role } from '../testing/progress-fixture';

/** Runs SQL against the test database, for setting up the records a row acts on. */
export type MatrixDb = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * One row per mutation (or per interesting case of one): how to build a valid call against fresh
 * records (so every cell starts from the same state), and which roles may make it. Roles not listed
 * must get FORBIDDEN (signed in) or UNAUTHENTICATED (no session), and the database must not change.
 * The first word of `mutation` is the schema field name: the completeness test relies on it.
 */
export interface MatrixRow {
  readonly mutation: string;
  readonly document: string;
  readonly prepare: (fx: ProgressFixture, db: MatrixDb) => Record<string, unknown> | Promise<Record<string, unknown>>;
  readonly allowed: readonly Role[];
  /** For mutations that are allowed to everyone signed in but still refused without a session. */
  readonly note?: string;
}

export const SIGNED_IN: readonly Role[] = ['admin', 'senior', 'leadA', 'viewer'];
export const ADMIN_ONLY: readonly Role[] = ['admin'];
export const ROLES_AND_ANONYMOUS: readonly Role[] = [...SIGNED_IN, 'anonymous'];

/** A mutation document `mutation($input: <Input>!) { <name>(input: $input) { id } }`. */
export const mutationDoc = (name: string, inputType: string, selection = '{ id }'): string =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) ${selection} }`;

/** A query that takes the id of a partnership's record: another partnership must not learn that the id exists. */
export interface QueryRow {
  readonly query: string;
  readonly document: string;
  readonly prepare: (fx: ProgressFixture, db: MatrixDb) => Record<string, unknown> | Promise<Record<string, unknown>>;
}
