import { startTestApp, TestApp } from '../testing/test-app';
import { gqlOk, seedStrategy, SeededStrategy, signedInAdmin, TREE_QUERY } from './structure-fixture';

const ACTIONS = `query($filter: ActionFilterInput) { actions(filter: $filter) { id numberLabel isOverdue lifecycleStatus latestUpdate { effectiveRag } } }`;

describe('actions(filter) and ragDistribution', () => {
  let api: TestApp;
  let cookie: string;
  let seeded: SeededStrategy;

  beforeAll(async () => {
    api = await startTestApp();
    const admin = await signedInAdmin(api);
    cookie = admin.cookie;
    seeded = await seedStrategy(api, admin.partnershipId, { themes: 2, actions: 8, periods: 2 });
    await seedStrategy(api, admin.partnershipId, { themes: 1, actions: 3, periods: 1 }); // another strategy, filtered out below
  });
  afterAll(() => api.close());

  const ids = async (filter: Record<string, unknown>) =>
    ((await gqlOk(api, cookie, ACTIONS, { filter }))['actions'] as Array<{ id: string }>).map((a) => a.id).sort();
  const sql = async (query: string, params: unknown[]) =>
    ((await api.dataSource.query(query, params)) as Array<{ id: string }>).map((r) => r.id).sort();

  it('filters by strategy and theme', async () => {
    expect(await ids({ strategyId: seeded.strategyId })).toEqual([...seeded.actionIds].sort());
    expect(await ids({ themeId: seeded.themeIds[1] })).toEqual(
      await sql(`SELECT id FROM action WHERE theme_id = $1`, [seeded.themeIds[1]]),
    );
  });

  it('filters by lifecycle, overdue and lead person in one set-based statement', async () => {
    const [complete, overdue] = seeded.actionIds;
    const [person] = await api.dataSource.query(`SELECT id FROM person LIMIT 1`);
    await api.dataSource.query(`UPDATE action SET lifecycle_status = 'complete', lead_person_id = $2 WHERE id = $1`, [
      complete,
      person.id,
    ]);
    await api.dataSource.query(
      `UPDATE action SET current_due_on = '2019-01-01', lifecycle_status = 'in_progress' WHERE id = $1`,
      [overdue],
    );
    expect(await ids({ strategyId: seeded.strategyId, lifecycleStatuses: ['Complete'] })).toEqual([complete]);
    expect(await ids({ leadPersonId: person.id })).toEqual([complete]);
    const overdueIds = await ids({ strategyId: seeded.strategyId, overdue: true });
    expect(overdueIds).toContain(overdue);
    expect(overdueIds).not.toContain(complete);
    api.statements.reset();
    await ids({ strategyId: seeded.strategyId, overdue: true });
    expect(api.statements.statements).toBeLessThanOrEqual(5);
  });

  it('filters by effective RAG in a period, using the validated RAG over the proposed one', async () => {
    const [period1, period2] = seeded.periodIds;
    const target = seeded.actionIds[2];
    await api.dataSource.query(
      `UPDATE progress_update SET proposed_rag = 'green', validated_rag = 'red' WHERE action_id = $1 AND period_id = $2`,
      [target, period1],
    );
    const redInPeriod1 = await ids({ strategyId: seeded.strategyId, rags: ['Red'], ragPeriodId: period1 });
    expect(redInPeriod1).toEqual(
      await sql(
        `SELECT action_id AS id FROM progress_update WHERE period_id = $1 AND coalesce(validated_rag, proposed_rag) = 'red'`,
        [period1],
      ),
    );
    expect(redInPeriod1).toContain(target);
    const latestGreen = await ids({ strategyId: seeded.strategyId, rags: ['Green'] });
    expect(latestGreen).toEqual(
      await sql(
        `SELECT action_id AS id FROM progress_update WHERE period_id = $1 AND coalesce(validated_rag, proposed_rag) = 'green'`,
        [period2],
      ),
    );
  });

  it('lists actions missing an update for a period', async () => {
    const [period1] = seeded.periodIds;
    const [withoutUpdate] = seeded.actionIds.slice(-1);
    await api.dataSource.query(`DELETE FROM progress_update WHERE action_id = $1 AND period_id = $2`, [
      withoutUpdate,
      period1,
    ]);
    expect(await ids({ missingUpdateForPeriodId: period1 })).toEqual([withoutUpdate]);
  });

  it('counts RAG per theme for a period', async () => {
    const [period1] = seeded.periodIds;
    const result = await gqlOk(
      api,
      cookie,
      `query($s: ID!, $p: ID!) { ragDistribution(strategyId: $s, periodId: $p) { themeNumber red amber green notRated total } }`,
      {
        s: seeded.strategyId,
        p: period1,
      },
    );
    const rows = result['ragDistribution'] as Array<{
      themeNumber: number;
      red: number;
      amber: number;
      green: number;
      notRated: number;
      total: number;
    }>;
    expect(rows.map((r) => r.themeNumber)).toEqual([1, 2]);
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(seeded.actionIds.length);
    for (const row of rows) expect(row.red + row.amber + row.green + row.notRated).toBe(row.total);
    const unknown = await api.graphql(
      `query($s: ID!, $p: ID!) { ragDistribution(strategyId: $s, periodId: $p) { total } }`,
      { s: seeded.strategyId, p: seeded.strategyId },
      cookie,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('numbers a listed action as the strategy tree does, also when the list holds only some of its siblings', async () => {
    const [objective] = await api.dataSource.query(
      `SELECT id, theme_id FROM objective WHERE strategy_id = $1 ORDER BY sort_order, id LIMIT 1`,
      [seeded.strategyId],
    );
    // Three more siblings on one sort order (ties go by id), one of them archived (not counted).
    const added: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO action (strategy_id, theme_id, objective_id, title, sort_order, lifecycle_status)
       SELECT $1, $2, $3, 'Tied action ' || n, 1, 'in_progress' FROM generate_series(1, 3) n RETURNING id`,
      [seeded.strategyId, objective.theme_id, objective.id],
    );
    const archived = added.map((a) => a.id).sort()[1];
    await api.dataSource.query(`UPDATE action SET archived_at = now() WHERE id = $1`, [archived]);
    await api.dataSource.query(`UPDATE action SET lifecycle_status = 'deferred' WHERE objective_id = $1 AND id <> $2`, [
      objective.id,
      archived,
    ]);
    const deferred: Array<{ id: string }> = await api.dataSource.query(
      `SELECT id FROM action WHERE lifecycle_status = 'deferred'`,
    );

    const tree = (await gqlOk(api, cookie, TREE_QUERY, { id: seeded.strategyId }))['strategy'] as {
      themes: Array<{
        actions: Array<{ id: string; numberLabel: string }>;
        objectives: Array<{ actions: Array<{ id: string; numberLabel: string }> }>;
      }>;
    };
    const treeLabels = new Map(
      tree.themes
        .flatMap((t) => [...t.actions, ...t.objectives.flatMap((o) => o.actions)])
        .map((a) => [a.id, a.numberLabel]),
    );
    const listed = async (filter: Record<string, unknown>) =>
      ((await gqlOk(api, cookie, ACTIONS, { filter }))['actions'] as Array<{ id: string; numberLabel: string }>).map(
        (a) => [a.id, a.numberLabel],
      );

    const all = await listed({ strategyId: seeded.strategyId });
    expect(all).toEqual(all.map(([id]) => [id, treeLabels.get(id)]));
    const some = await listed({ strategyId: seeded.strategyId, lifecycleStatuses: ['Deferred'] });
    expect(some.map(([id]) => id).sort()).toEqual(deferred.map((a) => a.id).sort());
    expect(some).toEqual(some.map(([id]) => [id, treeLabels.get(id)]));
    expect(some.map(([, label]) => label).sort()).toEqual(
      ['i)', 'ii)', 'iii)', 'iv)', 'v)', 'vi)'].slice(0, deferred.length).sort(),
    );
  });
});
