import { randomUUID } from 'node:crypto';
import { snapshotPartnership } from '../testing/partnership-snapshot';
import { createProgressFixture, ProgressFixture, ROLES, snapshotTables } from '../testing/progress-fixture';
import { addMembership, createPartnership, createPersonWithPassword, signInAs } from '../testing/sign-in';
import { GraphQLResponse, startTestApp, TestApp } from '../testing/test-app';
import { MATRIX } from './matrix';
import { QUERY_WITH_ID_ROWS } from './rows/queries-with-id.rows';
import { MatrixDb } from './matrix-row';

type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** Mutations in the schema that cannot be exercised by a matrix row, each with the reason. */
const NOT_IN_MATRIX: ReadonlyMap<string, string> = new Map([
  ['signIn', 'public by design; covered by identity/sign-in.spec.ts'],
  [
    'setPasswordWithToken',
    'public by design (the one-time link is the credential) and replaces the caller’s session with its person’s; covered by identity/admin-create.spec.ts and identity/invitations.spec.ts',
  ],
  [
    'signOut',
    'ends the session it is called with, so later cells would lose theirs; covered by identity/sign-in.spec.ts',
  ],
  [
    'choosePartnership',
    'replaces the caller’s session with a new id (so later cells would lose theirs); membership-checked on the server; covered by identity/partnerships.spec.ts',
  ],
]);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const withUnknownIds = (variables: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(JSON.stringify(variables).replace(UUID, () => randomUUID()));
const shape = (result: GraphQLResponse<unknown>): string =>
  JSON.stringify({ data: result.data ?? null, errors: result.errors ?? null }).replace(UUID, '<id>');

describe('authorisation matrix: every mutation × every role', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const db: MatrixDb = (sql, params = []) => api.dataSource.query(sql, params);
  /** The "member of another partnership" column: an account that administers this partnership too, signed in to the other. */
  let otherMember: string;
  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    const email = `other-member-${randomUUID()}@example.org`;
    await createPersonWithPassword(api, {
      email,
      partnershipId: await createPartnership(api, 'Other Partnership'),
      isAdministrator: true,
    });
    await addMembership(api, email, fx.partnershipId, {
      isAdministrator: true,
      groupIds: [fx.seniorGroupId, fx.groupAId],
    });
    const [{ id: otherPartnershipId }] = await db<{ id: string }>(
      `SELECT id FROM partnership WHERE name = 'Other Partnership'`,
    );
    const signedIn = await signInAs(api, email);
    const chosen = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: signedIn },
      body: JSON.stringify({
        query: 'mutation($input: ChoosePartnershipInput!) { choosePartnership(input: $input) { partnershipId } }',
        variables: { input: { partnershipId: otherPartnershipId } },
      }),
    });
    otherMember = (chosen.headers.getSetCookie().find((c) => c.startsWith('waymark.sid=')) ?? '').split(';')[0];
    expect(otherMember).toMatch(/^waymark\.sid=/);
  });
  afterAll(() => api.close());

  const cells = MATRIX.flatMap((row) => ROLES.map((role) => [row.mutation, role, row] as const));

  it.each(cells)('%s as %s', async (_name, role, row) => {
    const variables = await row.prepare(fx, db);
    const expected: Outcome = row.allowed.includes(role)
      ? 'ok'
      : role === 'anonymous'
        ? 'UNAUTHENTICATED'
        : 'FORBIDDEN';
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

  // Stronger than a stranger: the same account administers this partnership, but its session is in the other one.
  // It must see and change nothing here, and learn nothing an unknown id would not tell it.
  it.each(MATRIX.map((row) => [row.mutation, row] as const))(
    '%s as a member of another partnership',
    async (_name, row) => {
      const variables = await row.prepare(fx, db);
      const before = await snapshotTables(api);
      const beforeHere = await snapshotPartnership(api, fx.partnershipId);
      const result = await api.graphql(row.document, variables, otherMember);
      if (JSON.stringify(variables).match(UUID)) {
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
        expect(await snapshotTables(api)).toEqual(before);
        expect(shape(result)).toBe(shape(await api.graphql(row.document, withUnknownIds(variables), otherMember)));
      }
      expect(await snapshotPartnership(api, fx.partnershipId)).toEqual(beforeHere);
    },
  );

  it.each(QUERY_WITH_ID_ROWS.map((row) => [row.query, row] as const))(
    'query %s as a member of another partnership',
    async (_name, row) => {
      const variables = await row.prepare(fx, db);
      const result = await api.graphql(row.document, variables, otherMember);
      expect(result.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
      expect(shape(result)).toBe(shape(await api.graphql(row.document, withUnknownIds(variables), otherMember)));
    },
  );

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
