import { randomUUID } from 'node:crypto';
import { createProgressFixture, ProgressFixture, snapshotTables } from '../testing/progress-fixture';
import { snapshotPartnership } from '../testing/partnership-snapshot';
import { createPartnership, createSignedInPerson } from '../testing/sign-in';
import { GraphQLResponse, startTestApp, TestApp } from '../testing/test-app';
import { MATRIX } from './matrix';
import { MatrixDb } from './matrix-row';
import { QUERY_WITH_ID_ROWS } from './rows/queries-with-id.rows';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The same variables with every id replaced by one that exists nowhere. */
function withUnknownIds(variables: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(variables).replace(UUID, () => randomUUID()));
}

/** What the caller learns from an answer, with ids masked (they differ between the two calls by construction). */
function shape(result: GraphQLResponse<unknown>): string {
  return JSON.stringify({ data: result.data ?? null, errors: result.errors ?? null }).replace(UUID, '<id>');
}

/**
 * An administrator of partnership B (the strongest role) against every mutation row and every
 * query that takes an id of partnership A. An id of another partnership must answer exactly like
 * an id that exists nowhere (NOT_FOUND, or the same "no such group" problem): never FORBIDDEN,
 * which would tell B that the id is real. And nothing of A changes.
 */
describe('authorisation matrix: an administrator of another partnership', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let cookieB: string;
  const db: MatrixDb = (sql, params = []) => api.dataSource.query(sql, params);
  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    const partnershipB = await createPartnership(api, 'Other Community Safety Partnership');
    cookieB = (
      await createSignedInPerson(api, {
        email: `admin-b-${randomUUID()}@example.org`,
        partnershipId: partnershipB,
        isAdministrator: true,
      })
    ).cookie;
  });
  afterAll(() => api.close());

  it.each(MATRIX.map((row) => [row.mutation, row] as const))('mutation %s', async (_name, row) => {
    const variables = await row.prepare(fx, db);
    const before = await snapshotTables(api);
    const beforeA = await snapshotPartnership(api, fx.partnershipId);
    const result = await api.graphql(row.document, variables, cookieB);
    if (JSON.stringify(variables).match(UUID)) {
      expect(result.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
      expect(await snapshotTables(api)).toEqual(before);
      expect(shape(result)).toBe(shape(await api.graphql(row.document, withUnknownIds(variables), cookieB)));
    }
    // Rows without ids act on the caller's own partnership (or are public): still nothing of A changes.
    expect(await snapshotPartnership(api, fx.partnershipId)).toEqual(beforeA);
  });

  it.each(QUERY_WITH_ID_ROWS.map((row) => [row.query, row] as const))('query %s', async (_name, row) => {
    const variables = await row.prepare(fx, db);
    const result = await api.graphql(row.document, variables, cookieB);
    expect(result.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
    expect(shape(result)).toBe(shape(await api.graphql(row.document, withUnknownIds(variables), cookieB)));
  });

  it('answers an id of another partnership with NOT_FOUND, as an id that exists nowhere', async () => {
    const result = await api.graphql(
      'query($id: ID!) { strategy(id: $id) { id title } }',
      { id: fx.strategyId },
      cookieB,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.data ?? null).toBeNull();
  });

  it('answers a filter by another partnership’s strategy exactly as one by an id that does not exist', async () => {
    const document = 'query($id: ID!) { actions(filter: { strategyId: $id }) { id } }';
    await fx.action('A');
    const real = await api.graphql(document, { id: fx.strategyId }, cookieB);
    expect(shape(real)).toBe(shape(await api.graphql(document, { id: randomUUID() }, cookieB)));
  });
});
