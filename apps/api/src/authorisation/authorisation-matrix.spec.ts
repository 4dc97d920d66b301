import { createProgressFixture, ProgressFixture, ROLES, snapshotTables } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';
import { MATRIX } from './matrix';
import { MatrixDb } from './matrix-row';

type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** Mutations in the schema that cannot be exercised by a matrix row, each with the reason. */
const NOT_IN_MATRIX: ReadonlyMap<string, string> = new Map([
  ['signIn', 'public by design; covered by identity/sign-in.spec.ts'],
  ['setPasswordWithToken', 'public by design (the one-time link is the credential) and replaces the caller’s session with its person’s; covered by identity/admin-create.spec.ts and identity/invitations.spec.ts'],
  ['signOut', 'ends the session it is called with, so later cells would lose theirs; covered by identity/sign-in.spec.ts'],
]);

describe('authorisation matrix: every mutation × every role', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const db: MatrixDb = (sql, params = []) => api.dataSource.query(sql, params);
  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  const cells = MATRIX.flatMap((row) => ROLES.map((role) => [row.mutation, role, row] as const));

  it.each(cells)('%s as %s', async (_name, role, row) => {
    const variables = await row.prepare(fx, db);
    const expected: Outcome = row.allowed.includes(role) ? 'ok' : role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    const before = await snapshotTables(api);
    const result = await api.graphql(row.document, variables, fx.cookie(role));
    if (expected === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
    } else {
      expect(result.errors?.[0]?.extensions?.code).toBe(expected);
      expect(result.data ?? null).toBeNull();
      expect(await snapshotTables(api)).toEqual(before);
    }
  });

  it('lists every mutation of the schema (new mutations must be added to the matrix)', async () => {
    const result = await api.graphql<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>(
      '{ __schema { mutationType { fields { name } } } }',
      {},
      fx.cookie('viewer'),
    );
    const names = result.data?.__schema.mutationType.fields.map((f) => f.name) ?? [];
    const inMatrix = new Set(MATRIX.map((r) => r.mutation.split(' ')[0]));
    const missing = names.filter((n) => !inMatrix.has(n) && !NOT_IN_MATRIX.has(n));
    expect(missing).toEqual([]);
    expect([...inMatrix].filter((n) => !names.includes(n))).toEqual([]);
    expect([...NOT_IN_MATRIX.keys()].filter((n) => !names.includes(n))).toEqual([]);
    expect(names.length).toBeGreaterThan(0);
  });
});
