import type { BoardReport } from '@waymark/shared/report-model';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const SHARE = 'red amber green notRated total redPercent amberPercent greenPercent notRatedPercent';
const TREND = `query($id: ID!) { ragTrend(strategyId: $id) { heading themes { themeId number title } periods { periodId name state frozen all { ${SHARE} } themes { themeId ${SHARE} } } } }`;
const PERIOD_STATE = 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version state } }';
const BOARD = 'query($input: BoardReportInput!) { boardReport(input: $input) }';

interface Share {
  red: number;
  amber: number;
  green: number;
  notRated: number;
  total: number;
  redPercent: number;
  amberPercent: number;
  greenPercent: number;
  notRatedPercent: number;
}
interface Trend {
  themes: Array<{ themeId: string; number: number }>;
  periods: Array<{
    periodId: string;
    state: string;
    frozen: boolean;
    all: Share;
    themes: Array<Share & { themeId: string }>;
  }>;
}

describe('RAG trend per period and theme', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let signedOff: string;
  let inReview: string;
  let actions: string[];

  const update = (actionId: string, periodId: string, rag: string, state: string) =>
    api.dataSource.query(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, author_id) VALUES ($1, $2, 'Progress made.', $3, $4, $5)`,
      [actionId, periodId, rag, state, fx.people.leadA.personId],
    );
  const trend = async (cookie = fx.cookie('viewer')) =>
    api.graphql<{ ragTrend: Trend }>(TREND, { id: fx.strategyId }, cookie);

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    actions = [];
    for (let i = 0; i < 4; i++) actions.push((await fx.action('A')).id);
    const first = await fx.period('in_review', '2025-04-01');
    signedOff = first.id;
    await update(actions[0], signedOff, 'green', 'accepted');
    await update(actions[1], signedOff, 'green', 'accepted');
    await update(actions[2], signedOff, 'red', 'accepted');
    const signOff = await api.graphql(
      PERIOD_STATE,
      { input: { id: signedOff, version: first.version, state: 'SignedOff' } },
      fx.cookie('senior'),
    );
    expect(signOff.errors).toBeUndefined();
    inReview = (await fx.period('in_review', '2025-07-01')).id;
    await update(actions[0], inReview, 'amber', 'submitted');
    await update(actions[1], inReview, 'green', 'draft');
    await update(actions[2], inReview, 'red', 'accepted');
  }, 60_000);
  afterAll(() => api.close());

  it('counts Red, Amber, Green and not rated with percentages, period by period in period order', async () => {
    const result = await trend();
    expect(result.errors).toBeUndefined();
    const { periods, themes } = (result.data as { ragTrend: Trend }).ragTrend;
    expect(themes).toEqual([expect.objectContaining({ themeId: fx.themeId, number: 1 })]);
    expect(periods.map((p) => [p.periodId, p.state, p.frozen])).toEqual([
      [signedOff, 'SignedOff', true],
      [inReview, 'InReview', false],
    ]);
    expect(periods[0].all).toEqual({
      red: 1,
      amber: 0,
      green: 2,
      notRated: 1,
      total: 4,
      redPercent: 25,
      amberPercent: 0,
      greenPercent: 50,
      notRatedPercent: 25,
    });
    // The unsubmitted draft is not counted, as on the review dashboard.
    expect(periods[1].all).toEqual({
      red: 1,
      amber: 1,
      green: 0,
      notRated: 2,
      total: 4,
      redPercent: 25,
      amberPercent: 25,
      greenPercent: 0,
      notRatedPercent: 50,
    });
    expect(periods[1].themes[0]).toEqual({ themeId: fx.themeId, ...periods[1].all });
  });

  it('counts a signed-off period from the report frozen at sign-off, not from data changed since', async () => {
    await api.dataSource.query(
      `UPDATE progress_update SET proposed_rag = 'red' WHERE period_id = $1 AND action_id = $2`,
      [signedOff, actions[0]],
    );
    const { periods } = ((await trend()).data as { ragTrend: Trend }).ragTrend;
    expect(periods[0].all.red).toBe(1);
    expect(periods[0].all.green).toBe(2);
  });

  it('gives the board report a RAG trend section only when asked, ending with the report period', async () => {
    const board = async (includeRagTrend?: boolean) =>
      (
        (
          await api.graphql<{ boardReport: BoardReport }>(
            BOARD,
            { input: { strategyId: fx.strategyId, periodId: signedOff, includeRagTrend } },
            fx.cookie('viewer'),
          )
        ).data as { boardReport: BoardReport }
      ).boardReport;
    expect((await board()).ragTrend).toBeNull();
    const withTrend = await board(true);
    expect(withTrend.ragTrend?.periods.map((p) => p.periodId)).toEqual([signedOff]);
    expect(withTrend.ragTrend?.periods[0].all.greenPercent).toBe(50);
    const response = await fetch(
      `${api.baseUrl}/api/reports/board-update?${new URLSearchParams({ strategy: fx.strategyId, period: inReview, format: 'csv', ragTrend: 'true' })}`,
      {
        headers: { cookie: fx.cookie('viewer') ?? '' },
      },
    );
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).toContain('RAG trend');
    expect(csv).toContain('1 (25%)');
  });

  it('another partnership gets NOT_FOUND, the same as an unknown strategy', async () => {
    const other = await createProgressFixture(api);
    const refused = await trend(other.cookie('admin'));
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const unknown = await api.graphql(TREND, { id: '00000000-0000-4000-8000-000000000000' }, fx.cookie('viewer'));
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
