import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

interface Owed {
  actionId: string;
  themeId: string;
  themeTitle: string;
  themeNumber: number | null;
  themeLabel: string;
}
const MY_UPDATES = '{ myUpdates { actionId themeId themeTitle themeNumber themeLabel } }';

describe('myUpdates carries each action’s theme', () => {
  let api: TestApp;
  let fx: ProgressFixture;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    await fx.period('open', '2026-01-01');
  });
  afterAll(() => api.close());

  const mine = async () => {
    const result = await api.graphql<{ myUpdates: Owed[] }>(MY_UPDATES, {}, fx.cookie('leadA'));
    expect(result.errors).toBeUndefined();
    return result.data?.myUpdates ?? [];
  };

  it('returns the theme id, title, number among live themes and the strategy’s theme label, in one statement whatever the row count', async () => {
    await api.dataSource.query(`UPDATE strategy SET theme_label = 'Strategic Aim' WHERE id = $1`, [fx.strategyId]);
    await api.dataSource.query(`UPDATE theme SET sort_order = 5 WHERE id = $1`, [fx.themeId]);
    // An earlier theme (number 1) and an archived one before it that must not count.
    await api.dataSource.query(
      `INSERT INTO theme (strategy_id, title, sort_order, archived_at) VALUES ($1, 'Old aim', 0, now())`,
      [fx.strategyId],
    );
    const [first] = await api.dataSource.query(
      `INSERT INTO theme (strategy_id, title, sort_order) VALUES ($1, 'Prevent', 1) RETURNING id`,
      [fx.strategyId],
    );
    const a = await fx.action('A');
    const [b] = await api.dataSource.query(
      `INSERT INTO action (strategy_id, theme_id, title, delivery_group_id, lifecycle_status) VALUES ($1, $2, 'Schools programme', $3, 'in_progress') RETURNING id`,
      [fx.strategyId, first.id, fx.groupAId],
    );

    const owed = await mine();
    expect(owed.find((o) => o.actionId === a.id)).toEqual({
      actionId: a.id,
      themeId: fx.themeId,
      themeTitle: 'Raise awareness',
      themeNumber: 2,
      themeLabel: 'Strategic Aim',
    });
    expect(owed.find((o) => o.actionId === b.id)).toEqual({
      actionId: b.id,
      themeId: first.id,
      themeTitle: 'Prevent',
      themeNumber: 1,
      themeLabel: 'Strategic Aim',
    });

    api.statements.reset();
    await mine();
    const fewRows = api.statements.statements;
    for (let i = 0; i < 4; i++) await fx.action('A');
    api.statements.reset();
    expect(await mine()).toHaveLength(owed.length + 4);
    expect(api.statements.statements).toBe(fewRows);
  });

  it('gives no number to an action whose theme has been archived', async () => {
    const [gone] = await api.dataSource.query(
      `INSERT INTO theme (strategy_id, title, sort_order, archived_at) VALUES ($1, 'Retired aim', 9, now()) RETURNING id`,
      [fx.strategyId],
    );
    const [action] = await api.dataSource.query(
      `INSERT INTO action (strategy_id, theme_id, title, delivery_group_id, lifecycle_status) VALUES ($1, $2, 'Legacy work', $3, 'in_progress') RETURNING id`,
      [fx.strategyId, gone.id, fx.groupAId],
    );
    expect((await mine()).find((o) => o.actionId === action.id)).toMatchObject({
      themeId: gone.id,
      themeTitle: 'Retired aim',
      themeNumber: null,
    });
  });
});
