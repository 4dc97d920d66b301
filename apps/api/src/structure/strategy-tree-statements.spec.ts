import { startTestApp, TestApp } from '../testing/test-app';
import { gqlOk, seedStrategy, signedInAdmin, TREE_QUERY } from './structure-fixture';

interface TreeAction {
  id: string;
  numberLabel: string;
  updates: Array<{ periodId: string }>;
  latestUpdate: { periodId: string } | null;
  previousUpdate: { periodId: string } | null;
}
interface Tree {
  strategy: {
    periods: Array<{ id: string }>;
    themes: Array<{
      number: number;
      actions: TreeAction[];
      objectives: Array<{ number: number; actions: TreeAction[] }>;
    }>;
  };
}

describe('strategy(id) tree query', () => {
  let api: TestApp;
  let cookie: string;
  let partnershipId: string;

  beforeAll(async () => {
    api = await startTestApp();
    ({ cookie, partnershipId } = await signedInAdmin(api));
  });
  afterAll(() => api.close());

  async function measure(strategyId: string): Promise<{ statements: number; tree: Tree }> {
    await gqlOk(api, cookie, TREE_QUERY, { id: strategyId }); // warm-up: session store, metadata
    api.statements.reset();
    const tree = await gqlOk<Tree>(api, cookie, TREE_QUERY, { id: strategyId });
    return { statements: api.statements.statements, tree };
  }

  const allActions = (tree: Tree) =>
    tree.strategy.themes.flatMap((t) => [...t.actions, ...t.objectives.flatMap((o) => o.actions)]);

  it('uses the same small number of SQL statements for 10 and for 100 actions with 3 periods of updates', async () => {
    const small = await seedStrategy(api, partnershipId, { themes: 4, actions: 10, periods: 3 });
    const large = await seedStrategy(api, partnershipId, { themes: 4, actions: 100, periods: 3 });

    const smallRun = await measure(small.strategyId);
    const largeRun = await measure(large.strategyId);

    expect(allActions(smallRun.tree)).toHaveLength(10);
    expect(allActions(largeRun.tree)).toHaveLength(100);
    expect(allActions(largeRun.tree).every((a) => a.updates.length === 3)).toBe(true);
    expect(largeRun.statements).toBe(smallRun.statements);
    // TypeORM statements of the tree (the session + actor row is read by the session store, not counted here):
    // strategy with periods, themes and objectives; actions with names and updates.
    expect(largeRun.statements).toBeLessThanOrEqual(2);
    console.info(
      `strategy(id) statements: ${smallRun.statements} at 10 actions, ${largeRun.statements} at 100 actions (x3 periods)`,
    );
  });

  it('returns updates in period order with the latest and previous update of each action', async () => {
    const seeded = await seedStrategy(api, partnershipId, { themes: 2, actions: 6, periods: 3 });
    const { tree } = await measure(seeded.strategyId);
    expect(tree.strategy.periods.map((p) => p.id)).toEqual(seeded.periodIds);
    for (const action of allActions(tree)) {
      expect(action.updates.map((u) => u.periodId)).toEqual(seeded.periodIds);
      expect(action.latestUpdate?.periodId).toBe(seeded.periodIds[2]);
      expect(action.previousUpdate?.periodId).toBe(seeded.periodIds[1]);
    }
  });

  it('answers latest and previous updates the same when the query does not ask for every update (recent-only load)', async () => {
    const seeded = await seedStrategy(api, partnershipId, { themes: 2, actions: 6, periods: 5 });
    const u = 'id periodId narrative effectiveRag isStale';
    const action = `id latestUpdate { ${u} } previousUpdate { ${u} }`;
    const recentQuery = `query Recent($id: ID!) { strategy(id: $id) { themes { actions { ${action} } objectives { actions { ${action} } } } } }`;
    const fullQuery = `fragment History on Action { updates { id } }
      query Full($id: ID!) { strategy(id: $id) { themes { actions { ${action} ...History } objectives { actions { ${action} ...History } } } } }`;
    type Node = { actions: Array<Record<string, unknown>>; objectives?: Node[] };
    const strip = (tree: { strategy: { themes: Node[] } }) =>
      tree.strategy.themes
        .flatMap((t) => [...t.actions, ...(t.objectives ?? []).flatMap((o) => o.actions)])
        .map((a) => Object.fromEntries(Object.entries(a).filter(([key]) => key !== 'updates')));
    const recent = await gqlOk<{ strategy: { themes: Node[] } }>(api, cookie, recentQuery, { id: seeded.strategyId });
    const full = await gqlOk<{ strategy: { themes: Node[] } }>(api, cookie, fullQuery, { id: seeded.strategyId });
    expect(strip(recent)).toHaveLength(6);
    expect(strip(recent)).toEqual(strip(full));
    expect(
      strip(recent).every((a) => (a['latestUpdate'] as { periodId: string }).periodId === seeded.periodIds[4]),
    ).toBe(true);
  });

  it('lists strategies without loading their trees when no theme is asked for (one statement), and whole when one is', async () => {
    await seedStrategy(api, partnershipId, { themes: 4, actions: 300, periods: 3 });
    type Listed = { strategies: Array<{ id: string; title: string; periods: Array<{ id: string }>; themes?: Node[] }> };
    type Node = { actions: Array<{ id: string; latestUpdate: { id: string } | null }>; objectives?: Node[] };
    const summary = '{ strategies { id title periods { id } } }';
    const withThemes =
      '{ strategies { id themes { actions { id latestUpdate { id } } objectives { actions { id latestUpdate { id } } } } } }';
    await gqlOk(api, cookie, summary); // warm-up
    api.statements.reset();
    const listed = await gqlOk<Listed>(api, cookie, summary);
    const summaryStatements = api.statements.statements;
    api.statements.reset();
    const trees = await gqlOk<Listed>(api, cookie, withThemes);
    const treeStatements = api.statements.statements;
    console.info(
      `strategies list statements: ${summaryStatements} for id/title/periods, ${treeStatements} with themes`,
    );
    expect(summaryStatements).toBe(1);
    expect(listed.strategies.length).toBeGreaterThan(1);
    expect(listed.strategies.every((s) => s.title && s.periods.length > 0)).toBe(true);
    expect(treeStatements).toBe(2);
    const actions = (trees.strategies ?? []).flatMap((s) =>
      (s.themes ?? []).flatMap((t) => [...t.actions, ...(t.objectives ?? []).flatMap((o) => o.actions)]),
    );
    expect(actions.length).toBeGreaterThanOrEqual(300);
    expect(actions.every((a) => a.latestUpdate !== null)).toBe(true);
  });

  it('numbers themes 1, 2… and actions i), ii)… within their objective or theme', async () => {
    const seeded = await seedStrategy(api, partnershipId, { themes: 3, actions: 12, periods: 1 });
    const { tree } = await measure(seeded.strategyId);
    expect(tree.strategy.themes.map((t) => t.number)).toEqual([1, 2, 3]);
    const firstTheme = tree.strategy.themes[0];
    expect(firstTheme.actions.map((a) => a.numberLabel)).toEqual(['i)']);
    expect(firstTheme.objectives.map((o) => o.number)).toEqual([1, 2]);
    for (const objective of tree.strategy.themes.flatMap((t) => t.objectives)) {
      expect(objective.actions.map((a) => a.numberLabel)).toEqual(
        ['i)', 'ii)', 'iii)', 'iv)', 'v)', 'vi)', 'vii)', 'viii)', 'ix)', 'x)'].slice(0, objective.actions.length),
      );
    }
  });
});
