import { seededRandom } from '@waymark/api/demo-data';
import { loadReportSource } from '@waymark/api/reporting/data-access';
import { LIVE_PLAN_NUMBERS_CTES } from '@waymark/api/shared/util';
import { indexPlan } from '@waymark/shared/report-model';
import { startTestApp, TestApp } from '../testing/test-app';

interface Node {
  readonly id: string;
  readonly sortOrder: number;
  readonly archived: boolean;
}

/** A random plan: few distinct sort orders (so ties are common and the id decides), some records archived. */
function generatePlan(random: () => number) {
  const uuid = () => 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));
  const node = (archivedShare: number): Node => ({
    id: uuid(),
    sortOrder: Math.floor(random() * 4),
    archived: random() < archivedShare,
  });
  const count = (max: number) => Math.floor(random() * (max + 1));
  const themes = Array.from({ length: 2 + count(5) }, () => node(0.15));
  const objectives = themes.flatMap((theme) =>
    Array.from({ length: count(4) }, () => ({ ...node(0.2), themeId: theme.id })),
  );
  const parents = [
    ...themes.map((t) => ({ themeId: t.id, objectiveId: null as string | null })),
    ...objectives.map((o) => ({ themeId: o.themeId, objectiveId: o.id })),
  ];
  // Up to 14 actions a parent: the roman numerals reach xiv (iv, ix and xiv are where a numeral rule would slip).
  const actions = parents.flatMap((parent) => Array.from({ length: count(14) }, () => ({ ...node(0.15), ...parent })));
  return { themes, objectives, actions };
}

/**
 * One rule for plan numbering: the reports number actions in TypeScript (`indexPlan`: `compareOrdered`,
 * `actionNumberLabel`), the audit log in SQL (`LIVE_PLAN_NUMBERS_CTES`); on generated plans both give every live
 * action the same "2.1 ii)".
 */
describe('plan numbering: the SQL and the TypeScript rule agree', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  }, 60_000);
  afterAll(() => api.close());

  it('numbers every live action of eight generated plans alike, ties in sort order and archived records included', async () => {
    const random = seededRandom(18);
    const [{ id: partnershipId }]: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO partnership (name) VALUES ('Numbering') RETURNING id`,
    );
    let compared = 0;
    for (let plan = 1; plan <= 8; plan++) {
      const [{ id: strategyId }]: Array<{ id: string }> = await api.dataSource.query(
        `INSERT INTO strategy (partnership_id, title, starts_on, ends_on) VALUES ($1, $2, '2026-04-01', '2029-03-31') RETURNING id`,
        [partnershipId, `Plan ${plan}`],
      );
      const { themes, objectives, actions } = generatePlan(random);
      const archivedAt = (n: Node) => (n.archived ? '2026-05-01T00:00:00Z' : null);
      await api.dataSource.query(
        `INSERT INTO theme (id, strategy_id, title, sort_order, archived_at)
         SELECT t.id, $1, 'Theme', t.sort_order, t.archived_at FROM unnest($2::uuid[], $3::int[], $4::timestamptz[]) AS t(id, sort_order, archived_at)`,
        [strategyId, themes.map((t) => t.id), themes.map((t) => t.sortOrder), themes.map(archivedAt)],
      );
      await api.dataSource.query(
        `INSERT INTO objective (id, strategy_id, theme_id, title, sort_order, archived_at)
         SELECT o.id, $1, o.theme_id, 'Objective', o.sort_order, o.archived_at
           FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::timestamptz[]) AS o(id, theme_id, sort_order, archived_at)`,
        [
          strategyId,
          objectives.map((o) => o.id),
          objectives.map((o) => o.themeId),
          objectives.map((o) => o.sortOrder),
          objectives.map(archivedAt),
        ],
      );
      await api.dataSource.query(
        `INSERT INTO action (id, strategy_id, theme_id, objective_id, title, sort_order, archived_at)
         SELECT a.id, $1, a.theme_id, a.objective_id, 'Action', a.sort_order, a.archived_at
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::timestamptz[]) AS a(id, theme_id, objective_id, sort_order, archived_at)`,
        [
          strategyId,
          actions.map((a) => a.id),
          actions.map((a) => a.themeId),
          actions.map((a) => a.objectiveId),
          actions.map((a) => a.sortOrder),
          actions.map(archivedAt),
        ],
      );

      const fromSql: Array<{ id: string; number: string }> = await api.dataSource.query(
        `WITH ${LIVE_PLAN_NUMBERS_CTES} SELECT id, number FROM live_action WHERE strategy_id = $2 ORDER BY id`,
        [partnershipId, strategyId],
      );
      const source = await loadReportSource(api.dataSource, strategyId);
      const fromTypeScript = indexPlan(source!)
        .actions.map((a) => ({ id: a.action.id, number: a.reference }))
        .sort((a, b) => (a.id < b.id ? -1 : 1));

      expect(fromSql).toEqual(fromTypeScript);
      compared += fromSql.length;
    }
    // Enough actions that ties, archived parents and numerals past iv are all met.
    expect(compared).toBeGreaterThan(300);
  });
});
