import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const ACCEPT_MANY =
  'mutation($input: AcceptProgressUpdatesInput!) { acceptProgressUpdates(input: $input) { id accepted version code message } }';

interface Outcome {
  id: string;
  accepted: boolean;
  version: number | null;
  code: string | null;
  message: string | null;
}

describe('bulk accept of submitted updates', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const senior = () => fx.cookie('senior');
  const reviewStates = async (ids: string[]): Promise<Record<string, string>> => {
    const rows: Array<{ id: string; review_state: string }> = await api.dataSource.query(
      `SELECT id, review_state FROM progress_update WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.review_state]));
  };

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  it('accepts every selected update, each with its own audit row as a single accept writes', async () => {
    const updates = [
      await fx.update({ reviewState: 'submitted' }),
      await fx.update({ reviewState: 'submitted' }),
      await fx.update({ reviewState: 'submitted' }),
    ];
    const result = await api.graphql<{ acceptProgressUpdates: Outcome[] }>(
      ACCEPT_MANY,
      { input: { updates: updates.map(({ id, version }) => ({ id, version })) } },
      senior(),
    );

    expect(result.errors).toBeUndefined();
    expect(result.data?.acceptProgressUpdates).toEqual(
      updates.map((u) => ({ id: u.id, accepted: true, version: u.version + 1, code: null, message: null })),
    );
    expect(Object.values(await reviewStates(updates.map((u) => u.id)))).toEqual(['accepted', 'accepted', 'accepted']);
    const audit: Array<{ entity_id: string; operation: string; actor_id: string }> = await api.dataSource.query(
      `SELECT entity_id, operation, actor_id FROM audit_entry WHERE entity_id = ANY($1::uuid[]) ORDER BY id`,
      [updates.map((u) => u.id)],
    );
    expect(audit.map((a) => [a.entity_id, a.operation, a.actor_id])).toEqual(
      updates.map((u) => [u.id, 'accept', fx.people.senior.personId]),
    );
  });

  it('refuses an update changed since the page loaded, naming it, and accepts the others', async () => {
    const fresh = await fx.update({ reviewState: 'submitted' });
    const changed = await fx.update({ reviewState: 'submitted' });
    // The lead edits the update after the reviewer's page loaded: its version moves on.
    await api.dataSource.query(
      `UPDATE progress_update SET narrative = 'Training delivered to 60 officers.', version = version + 1 WHERE id = $1`,
      [changed.id],
    );

    const result = await api.graphql<{ acceptProgressUpdates: Outcome[] }>(
      ACCEPT_MANY,
      {
        input: {
          updates: [
            { id: fresh.id, version: fresh.version },
            { id: changed.id, version: changed.version },
          ],
        },
      },
      senior(),
    );

    expect(result.errors).toBeUndefined();
    const [first, second] = result.data?.acceptProgressUpdates ?? [];
    expect(first).toMatchObject({ id: fresh.id, accepted: true });
    expect(second).toMatchObject({ id: changed.id, accepted: false, version: null, code: 'CONFLICT' });
    expect(second.message).toMatch(/changed by someone else/);
    expect(await reviewStates([fresh.id, changed.id])).toEqual({ [fresh.id]: 'accepted', [changed.id]: 'submitted' });
    const [{ n }]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`,
      [changed.id],
    );
    expect(n).toBe(0);
  });

  it('reports an update that is no longer submitted without accepting it', async () => {
    const returned = await fx.update({ reviewState: 'returned' });
    const result = await api.graphql<{ acceptProgressUpdates: Outcome[] }>(
      ACCEPT_MANY,
      { input: { updates: [{ id: returned.id, version: returned.version }] } },
      senior(),
    );
    expect(result.data?.acceptProgressUpdates[0]).toMatchObject({ accepted: false, code: 'BAD_USER_INPUT' });
    expect(await reviewStates([returned.id])).toEqual({ [returned.id]: 'returned' });
  });

  it("answers another partnership's update with NOT_FOUND, as an unknown id, and accepts nothing", async () => {
    const other = await createProgressFixture(api);
    const theirs = await other.update({ reviewState: 'submitted' });
    const ours = await fx.update({ reviewState: 'submitted' });

    const result = await api.graphql(
      ACCEPT_MANY,
      {
        input: {
          updates: [
            { id: ours.id, version: ours.version },
            { id: theirs.id, version: theirs.version },
          ],
        },
      },
      senior(),
    );
    const unknown = await api.graphql(
      ACCEPT_MANY,
      { input: { updates: [{ id: '00000000-0000-4000-8000-000000000000', version: 1 }] } },
      senior(),
    );

    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0].message).toBe(`ProgressUpdate ${theirs.id} was not found.`);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await reviewStates([ours.id, theirs.id])).toEqual({ [ours.id]: 'submitted', [theirs.id]: 'submitted' });
  });

  it('is for reviewers only: a delivery lead, a viewer and an administrator outside the accountable group are refused', async () => {
    const update = await fx.update({ reviewState: 'submitted' });
    for (const role of ['leadA', 'viewer', 'admin'] as const) {
      const result = await api.graphql(
        ACCEPT_MANY,
        { input: { updates: [{ id: update.id, version: update.version }] } },
        fx.cookie(role),
      );
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await reviewStates([update.id])).toEqual({ [update.id]: 'submitted' });
  });

  it('refuses an empty selection and the same update twice, naming the field', async () => {
    const update = await fx.update({ reviewState: 'submitted' });
    const empty = await api.graphql(ACCEPT_MANY, { input: { updates: [] } }, senior());
    const twice = await api.graphql(
      ACCEPT_MANY,
      {
        input: {
          updates: [
            { id: update.id, version: update.version },
            { id: update.id, version: update.version },
          ],
        },
      },
      senior(),
    );
    for (const result of [empty, twice]) {
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((result.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual([
        'input.updates',
      ]);
    }
    expect(await reviewStates([update.id])).toEqual({ [update.id]: 'submitted' });
  });
});
