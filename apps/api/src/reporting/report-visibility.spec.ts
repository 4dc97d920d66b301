import type { BoardReport } from '@waymark/shared/report-model';
import { createProgressFixture, ProgressFixture, type Role } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const BOARD = 'query($input: BoardReportInput!) { boardReport(input: $input) }';

/** Who sees what in a board report of a period that is not signed off, and which period a report opens on. */
describe('board report: accepted updates by default, the default period by role', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let signedOffId: string;
  let inReviewId: string;

  const board = async (role: Role, input: Record<string, unknown>) => {
    const result = await api.graphql<{ boardReport: BoardReport }>(
      BOARD,
      { input: { strategyId: fx.strategyId, columns: ['rag'], ...input } },
      fx.cookie(role),
    );
    return { report: result.data?.boardReport ?? null, errors: result.errors };
  };
  const csv = async (role: Role, params: Record<string, string>) => {
    const response = await fetch(
      `${api.baseUrl}/api/reports/board-update?${new URLSearchParams({ strategy: fx.strategyId, format: 'csv', ...params })}`,
      {
        headers: { cookie: fx.cookie(role) ?? '' },
      },
    );
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    signedOffId = (await fx.period('signed_off', '2025-04-01')).id;
    inReviewId = (await fx.period('in_review', '2025-07-01')).id;
    await fx.period('open', '2025-10-01');
    const insert = async (narrative: string, rag: string, state: string) => {
      const action = await fx.action('A');
      await api.dataSource.query(
        `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, author_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [action.id, inReviewId, narrative, rag, state, fx.people.leadA.personId],
      );
    };
    await insert('Accepted: hate crime packs in every library.', 'green', 'accepted');
    await insert('Draft: half-written paragraph about the survey.', 'red', 'draft');
    await insert('Submitted: reporting centres audit done.', 'amber', 'submitted');
    await insert('Returned: please add the figures.', 'amber', 'returned');
  }, 60_000);
  afterAll(() => api.close());

  const texts = (report: BoardReport | null) =>
    (report?.sections ?? []).flatMap((s) => s.rows.map((r) => r.progress.text));

  it.each<Role>(['viewer', 'leadA', 'senior', 'admin'])(
    '%s sees only accepted updates by default, no draft text, marker or RAG',
    async (role) => {
      const { report, errors } = await board(role, { periodId: inReviewId });
      expect(errors).toBeUndefined();
      expect(report?.includesUnaccepted).toBe(false);
      expect(texts(report).filter((t) => t !== 'No update received')).toEqual([
        'Accepted: hate crime packs in every library.',
      ]);
      const json = JSON.stringify(report);
      expect(json).not.toMatch(/Draft|Submitted:|Returned:|not yet/);
      expect(report?.sections[0].rows.filter((r) => r.rag).map((r) => r.ragLabel)).toEqual(['Green']);
      const file = await csv(role, { period: inReviewId });
      expect(file.status).toBe(200);
      expect(file.text).not.toMatch(/Draft|Submitted:|Returned:/);
    },
  );

  it.each<Role>(['senior', 'admin'])('%s may include updates not yet accepted, each marked as before', async (role) => {
    const { report, errors } = await board(role, { periodId: inReviewId, includeUnaccepted: true });
    expect(errors).toBeUndefined();
    expect(report?.includesUnaccepted).toBe(true);
    const markers = (report?.sections[0].rows ?? []).map((r) => r.progress.marker).filter(Boolean);
    expect(markers.sort()).toEqual(['Draft, not yet submitted', 'Not yet accepted', 'Returned to lead, not accepted']);
    expect((await csv(role, { period: inReviewId, includeUnaccepted: 'true' })).text).toContain(
      '[Draft, not yet submitted] Draft: half-written',
    );
  });

  it.each<Role>(['viewer', 'leadA'])(
    '%s asking to include updates not yet accepted is refused, naming the field',
    async (role) => {
      const { report, errors } = await board(role, { periodId: inReviewId, includeUnaccepted: true });
      expect(report).toBeNull();
      expect(errors?.[0]?.extensions?.['fields']).toEqual([
        expect.objectContaining({ field: 'input.includeUnaccepted' }),
      ]);
      const file = await csv(role, { period: inReviewId, includeUnaccepted: 'true' });
      expect(file.status).toBe(400);
      expect(JSON.parse(file.text)).toEqual(expect.objectContaining({ field: 'includeUnaccepted' }));
    },
  );

  it.each<[Role, () => string]>([
    ['viewer', () => signedOffId],
    ['leadA', () => signedOffId],
    ['senior', () => inReviewId],
    ['admin', () => inReviewId],
  ])(
    'with no period given, %s gets the latest signed-off period, or the one in review when preparing the next board',
    async (role, expected) => {
      const { report, errors } = await board(role, {});
      expect(errors).toBeUndefined();
      expect(report?.period.id).toBe(expected());
    },
  );
});
