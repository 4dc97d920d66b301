import { DEMO_ACCOUNTS } from '@waymark/api/demo-data';
import type { ChangesReport } from '@waymark/shared/report-model';
import { signInAs } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const DASHBOARD = `query($strategyId: ID!, $periodId: ID!) { ragDistribution(strategyId: $strategyId, periodId: $periodId) { themeId red amber green notRated total } }`;
const CHANGES = `query($input: ChangesReportInput!) { changesReport(input: $input) }`;

/** One rule for counting RAG (countedRag in @waymark/shared/domain): the review dashboard and the changes report agree. */
describe('RAG counts: the review dashboard and the changes report agree for every period of the demo data', () => {
  let api: TestApp;
  let cookie: string;

  beforeAll(async () => {
    api = await startTestApp({ demoData: true });
    cookie = await signInAs(api, DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
  }, 60_000);
  afterAll(() => api.close());

  it('every strategy, every period, every theme: red, amber, green and not rated are the same', async () => {
    const periods: Array<{ strategyId: string; periodId: string; name: string }> = await api.dataSource.query(
      `SELECT rp.strategy_id AS "strategyId", rp.id AS "periodId", rp.name FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE s.archived_at IS NULL ORDER BY rp.starts_on`,
    );
    expect(periods.length).toBeGreaterThan(3);
    // Drafts with a proposed RAG exist in the demo data: the case the two used to count differently.
    const [{ drafts }] = await api.dataSource.query(
      `SELECT count(*)::int AS drafts FROM progress_update WHERE review_state = 'draft' AND proposed_rag IS NOT NULL`,
    );
    expect(drafts).toBeGreaterThan(0);
    let compared = 0;
    for (const p of periods) {
      const dashboard = await api.graphql<{
        ragDistribution: Array<{
          themeId: string;
          red: number;
          amber: number;
          green: number;
          notRated: number;
          total: number;
        }>;
      }>(DASHBOARD, { strategyId: p.strategyId, periodId: p.periodId }, cookie);
      const changes = await api.graphql<{ changesReport: ChangesReport }>(
        CHANGES,
        { input: { strategyId: p.strategyId, periodId: p.periodId } },
        cookie,
      );
      expect(dashboard.errors).toBeUndefined();
      expect(changes.errors).toBeUndefined();
      const fromDashboard = dashboard.data?.ragDistribution.map(({ themeId, red, amber, green, notRated, total }) => ({
        period: p.name,
        themeId,
        red,
        amber,
        green,
        notRated,
        total,
      }));
      const fromChanges = changes.data?.changesReport.distribution.map((d) => ({
        period: p.name,
        themeId: d.themeId,
        ...d.now,
      }));
      expect(fromDashboard).toEqual(fromChanges);
      compared += fromDashboard?.length ?? 0;
    }
    expect(compared).toBeGreaterThan(periods.length);
  });
});
