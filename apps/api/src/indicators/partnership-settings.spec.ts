import { createProgressFixture, ProgressFixture, snapshotTables } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id name shortName version ragDefinitions { red amber green } } }`;
const READ = `{ partnership { version ragDefinitions { red amber green } } }`;
const STRATEGY_RAG = `query($id: ID!) { strategy(id: $id) { ragDefinitions { red amber green } } }`;

interface Partnership {
  id: string;
  name: string;
  shortName: string | null;
  version: number;
  ragDefinitions: { red: string; amber: string; green: string };
}

describe('updatePartnership: the partnership writes its own RAG definitions', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    admin = fx.people.admin.cookie;
  });
  afterAll(() => api.close());

  const current = async () =>
    (await api.graphql<{ partnership: Partnership }>(READ, {}, admin)).data?.partnership as Partnership;

  it('renames, rewrites colours, keeps colours left out, reverts a nulled colour to the default, and audits', async () => {
    const defaults = (await current()).ragDefinitions;
    const first = await api.graphql<{ updatePartnership: Partnership }>(
      UPDATE,
      {
        input: {
          version: 1,
          name: ' Safer York Partnership ',
          shortName: 'SYP',
          ragDefinitions: { red: 'Off track: the board must intervene.', amber: 'Slipping: recovery plan agreed.' },
        },
      },
      admin,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.updatePartnership).toMatchObject({
      name: 'Safer York Partnership',
      shortName: 'SYP',
      version: 2,
      ragDefinitions: {
        red: 'Off track: the board must intervene.',
        amber: 'Slipping: recovery plan agreed.',
        green: defaults.green,
      },
    });
    // The strategy shows the partnership's definitions where it has none of its own.
    const strategy = await api.graphql<{ strategy: { ragDefinitions: Partnership['ragDefinitions'] } }>(
      STRATEGY_RAG,
      { id: fx.strategyId },
      fx.people.leadA.cookie,
    );
    expect(strategy.data?.strategy.ragDefinitions.red).toBe('Off track: the board must intervene.');

    const second = await api.graphql<{ updatePartnership: Partnership }>(
      UPDATE,
      { input: { version: 2, ragDefinitions: { red: null, green: 'On track.' } } },
      admin,
    );
    expect(second.data?.updatePartnership.ragDefinitions).toEqual({
      red: defaults.red,
      amber: 'Slipping: recovery plan agreed.',
      green: 'On track.',
    });
    expect(second.data?.updatePartnership.name).toBe('Safer York Partnership');

    const audit: Array<{ entity_type: string; operation: string }> = await api.dataSource.query(
      `SELECT entity_type, operation FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
      [fx.partnershipId],
    );
    expect(audit).toEqual([
      { entity_type: 'partnership', operation: 'update' },
      { entity_type: 'partnership', operation: 'update' },
    ]);
  });

  it('refuses a stale version with CONFLICT and bad input with the field named, changing nothing', async () => {
    const { version } = await current();
    const before = await snapshotTables(api);
    const stale = await api.graphql(UPDATE, { input: { version: version - 1, name: 'Overwritten' } }, admin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await api.graphql(
      UPDATE,
      { input: { version, name: '', ragDefinitions: { amber: 'a'.repeat(501) } } },
      admin,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (bad.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field).sort();
    expect(fields).toEqual(['input.name', 'input.ragDefinitions.amber']);
    expect(await snapshotTables(api)).toEqual(before);
  });
});
