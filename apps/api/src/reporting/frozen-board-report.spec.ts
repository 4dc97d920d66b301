import { createHash } from 'node:crypto';
import type { BoardReport } from '@waymark/shared/report-model';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const BOARD = 'query($input: BoardReportInput!) { boardReport(input: $input) }';
const VERSIONS =
  'query($input: BoardReportVersionsInput!) { boardReportVersions(input: $input) { version sha256 createdByName } }';
const PERIOD_STATE = 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version state } }';
const UPDATE_ACTION = 'mutation($input: UpdateActionInput!) { updateAction(input: $input) { id version title } }';
const CORRECT = 'mutation($input: CorrectProgressUpdateInput!) { correctProgressUpdate(input: $input) { id version } }';

describe('the board report of a signed-off period is frozen at sign-off', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let periodId: string;
  let actionId: string;
  let updateId: string;

  const csv = async (params: Record<string, string> = {}) => {
    const response = await fetch(
      `${api.baseUrl}/api/reports/board-update?${new URLSearchParams({ strategy: fx.strategyId, period: periodId, format: 'csv', ...params })}`,
      {
        headers: { cookie: fx.cookie('viewer') ?? '' },
      },
    );
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const model = async (version?: number) => {
    const result = await api.graphql<{ boardReport: BoardReport }>(
      BOARD,
      { input: { strategyId: fx.strategyId, periodId, columns: ['rag', 'due'], version } },
      fx.cookie('viewer'),
    );
    expect(result.errors).toBeUndefined();
    return (result.data as { boardReport: BoardReport }).boardReport;
  };
  const snapshots = () =>
    api.dataSource.query(
      `SELECT version, sha256, model::text AS text FROM board_report_snapshot WHERE period_id = $1 ORDER BY version`,
      [periodId],
    ) as Promise<Array<{ version: number; sha256: string; text: string }>>;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    const period = await fx.period('in_review', '2025-04-01');
    periodId = period.id;
    const action = await fx.action('A');
    actionId = action.id;
    await api.dataSource.query(
      `UPDATE action SET title = 'Train call handlers', current_due_on = '2025-09-30', original_due_on = '2025-09-30' WHERE id = $1`,
      [actionId],
    );
    [{ id: updateId }] = await api.dataSource.query(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, author_id) VALUES ($1, $2, 'Forty call handlers trained.', 'amber', 'accepted', $3) RETURNING id`,
      [actionId, periodId, fx.people.leadA.personId],
    );
    const signOff = await api.graphql(
      PERIOD_STATE,
      { input: { id: periodId, version: period.version, state: 'SignedOff' } },
      fx.cookie('senior'),
    );
    expect(signOff.errors).toBeUndefined();
  }, 60_000);
  afterAll(() => api.close());

  it('stores version 1 at sign-off with the SHA-256 of the stored model', async () => {
    const [v1, ...rest] = await snapshots();
    expect(rest).toEqual([]);
    expect(v1.version).toBe(1);
    expect(v1.sha256).toBe(createHash('sha256').update(v1.text, 'utf8').digest('hex'));
    const stored = JSON.parse(v1.text) as BoardReport;
    expect(stored.edition?.version).toBe(1);
    expect(stored.sections[0].rows[0].title).toBe('Train call handlers');
  });

  it('stays byte-identical after the action is renamed and its due date moved: same hash, same CSV bytes, same model', async () => {
    const before = { csv: await csv(), model: await model(), snapshots: await snapshots() };
    const [{ version }] = await api.dataSource.query(`SELECT version FROM action WHERE id = $1`, [actionId]);
    const renamed = await api.graphql(
      UPDATE_ACTION,
      { input: { id: actionId, version, title: 'Renamed after sign-off', currentDueOn: '2026-03-31' } },
      fx.cookie('admin'),
    );
    expect(renamed.errors).toBeUndefined();
    expect(await snapshots()).toEqual(before.snapshots);
    expect((await csv()).equals(before.csv)).toBe(true);
    expect(before.csv.toString('utf8')).toContain('Train call handlers');
    expect(await model()).toEqual(before.model);
    expect(before.model.sections[0].rows[0].dueOn).toBe('2025-09-30');
  });

  it('refuses to change or delete a stored snapshot, whoever asks', async () => {
    await expect(
      api.dataSource.query(`UPDATE board_report_snapshot SET sha256 = repeat('0', 64) WHERE period_id = $1`, [
        periodId,
      ]),
    ).rejects.toThrow(/immutable/);
    await expect(
      api.dataSource.query(`DELETE FROM board_report_snapshot WHERE period_id = $1`, [periodId]),
    ).rejects.toThrow(/immutable/);
  });

  it('a correction after sign-off makes version 2 with a dated "Corrections since sign-off" note; version 1 stays downloadable', async () => {
    const v1csv = await csv();
    const [{ version }] = await api.dataSource.query(`SELECT version FROM progress_update WHERE id = $1`, [updateId]);
    const corrected = await api.graphql(
      CORRECT,
      { input: { id: updateId, version, validatedRag: 'Red', reason: 'The contract fell through in March.' } },
      fx.cookie('senior'),
    );
    expect(corrected.errors).toBeUndefined();

    const all = await snapshots();
    expect(all.map((s) => s.version)).toEqual([1, 2]);
    const latest = await model();
    expect(latest.edition?.version).toBe(2);
    const today = new Date().toISOString().slice(0, 10);
    expect(latest.corrections).toEqual([
      expect.objectContaining({
        version: 2,
        correctedOn: today,
        actionTitle: 'Train call handlers',
        changes: ['RAG changed from Amber to Red'],
        reason: 'The contract fell through in March.',
      }),
    ]);
    // The rename after sign-off still does not reach the report: only the corrected RAG does.
    expect(latest.sections[0].rows[0]).toEqual(
      expect.objectContaining({ title: 'Train call handlers', ragLabel: 'Red', dueOn: '2025-09-30' }),
    );

    const latestCsv = (await csv()).toString('utf8');
    expect(latestCsv).toContain('Corrections since sign-off');
    expect(latestCsv).toContain('RAG changed from Amber to Red. Reason: The contract fell through in March.');
    const html = await (
      await fetch(
        `${api.baseUrl}/api/reports/board-update?${new URLSearchParams({ strategy: fx.strategyId, period: periodId, format: 'html' })}`,
        { headers: { cookie: fx.cookie('viewer') ?? '' } },
      )
    ).text();
    expect(html).toContain('<h2 id="corrections">Corrections since sign-off</h2>');

    expect((await csv({ version: '1' })).equals(v1csv)).toBe(true);
    expect((await model(1)).corrections).toEqual([]);
    const versions = await api.graphql<{
      boardReportVersions: Array<{ version: number; createdByName: string | null }>;
    }>(VERSIONS, { input: { periodId } }, fx.cookie('viewer'));
    expect(versions.data?.boardReportVersions.map((v) => [v.version, v.createdByName])).toEqual([
      [2, 'Sam Senior'],
      [1, 'Sam Senior'],
    ]);
  });

  it('names the version parameter when it is wrong, for a period that is not signed off too', async () => {
    const bad = await fetch(
      `${api.baseUrl}/api/reports/board-update?${new URLSearchParams({ strategy: fx.strategyId, period: periodId, format: 'csv', version: '9' })}`,
      {
        headers: { cookie: fx.cookie('viewer') ?? '' },
      },
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual(expect.objectContaining({ field: 'version' }));
    const open = await fx.period('open', '2025-07-01');
    const result = await api.graphql(
      BOARD,
      { input: { strategyId: fx.strategyId, periodId: open.id, version: 1 } },
      fx.cookie('viewer'),
    );
    expect(result.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'input.version' })]);
  });
});
