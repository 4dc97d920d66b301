import JSZip from 'jszip';
import type { BoardReport } from '@waymark/shared/report-model';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const BOARD = 'query($input: BoardReportInput!) { boardReport(input: $input) }';
const SETTINGS =
  'query($input: BoardReportSettingsInput!) { boardReportSettings(input: $input) { id version startedFromPeriodName columns includeIndicators committee meetingOn recommendations closing } }';
const SAVE =
  'mutation($input: SaveBoardReportSettingsInput!) { saveBoardReportSettings(input: $input) { id version columns committee meetingOn recommendations } }';
const PERIOD_STATE = 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version state } }';

const COVER = {
  columns: ['rag', 'lead'],
  onlyExceptions: false,
  includeIndicators: true,
  committee: 'Safer York Partnership Board',
  meetingOn: '2025-11-12',
  author: 'Jo Hughes',
  contactOfficer: 'Jo Hughes, community safety',
  purpose: 'To update the Board.\n\nAnd to ask for a decision.',
  recommendations: ['Note the progress', 'Agree the revised timetable'],
  background: 'Adopted in 2023.',
  closingHeading: 'Next steps',
  closing: 'The next update goes to the Board in February.',
};

describe('the cover report and saved report settings', () => {
  let api: TestApp;
  let fx: ProgressFixture;

  const save = (
    periodId: string,
    version: number | null,
    extra: Record<string, unknown> = {},
    role: 'senior' | 'admin' | 'viewer' = 'senior',
  ) =>
    api.graphql<{ saveBoardReportSettings: { id: string; version: number } }>(
      SAVE,
      { input: { strategyId: fx.strategyId, periodId, version, ...COVER, ...extra } },
      fx.cookie(role),
    );
  const board = async (periodId: string) => {
    const result = await api.graphql<{ boardReport: BoardReport }>(
      BOARD,
      { input: { strategyId: fx.strategyId, periodId } },
      fx.cookie('viewer'),
    );
    expect(result.errors).toBeUndefined();
    return (result.data as { boardReport: BoardReport }).boardReport;
  };

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  }, 60_000);
  afterAll(() => api.close());

  it('saves the cover for a period; every reader gets it before the tables, dated by the meeting, in Word too', async () => {
    const period = await fx.period('open', '2025-07-01');
    const saved = await save(period.id, null);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveBoardReportSettings.version).toBe(1);
    const model = await board(period.id);
    expect(model.cover).toEqual(
      expect.objectContaining({
        committee: 'Safer York Partnership Board',
        meetingLabel: '12 Nov 2025',
        recommendations: ['Note the progress', 'Agree the revised timetable'],
      }),
    );
    expect(model.dateLabel).toBe('12 Nov 2025');
    expect(model.closing).toEqual({ heading: 'Next steps', text: 'The next update goes to the Board in February.' });
    const response = await fetch(
      `${api.baseUrl}/api/reports/board-update?${new URLSearchParams({ strategy: fx.strategyId, period: period.id, format: 'docx' })}`,
      {
        headers: { cookie: fx.cookie('viewer') ?? '' },
      },
    );
    expect(response.status).toBe(200);
    const xml = String(
      await (await JSZip.loadAsync(Buffer.from(await response.arrayBuffer())))
        .file('word/document.xml')
        ?.async('string'),
    );
    const cover = xml.indexOf('Safer York Partnership Board');
    expect(cover).toBeGreaterThan(0);
    // Before the numbered sections (the "<level label>s" heading comes first of them).
    const sections = xml.indexOf(`>${model.levelHeading}<`);
    expect(sections).toBeGreaterThan(0);
    expect(cover).toBeLessThan(sections);
    expect(xml.indexOf('Agree the revised timetable')).toBeLessThan(sections);
    expect(xml).toContain('Next steps');
  });

  it('starts the next period from the last saved settings, without the meeting date', async () => {
    const first = await fx.period('open', '2025-10-01');
    expect((await save(first.id, null)).errors).toBeUndefined();
    const next = await fx.period('open', '2026-01-01');
    const result = await api.graphql<{ boardReportSettings: Record<string, unknown> }>(
      SETTINGS,
      { input: { strategyId: fx.strategyId, periodId: next.id } },
      fx.cookie('senior'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.boardReportSettings).toEqual(
      expect.objectContaining({
        id: null,
        version: 0,
        committee: 'Safer York Partnership Board',
        meetingOn: null,
        columns: ['lead', 'rag'],
        includeIndicators: true,
        recommendations: ['Note the progress', 'Agree the revised timetable'],
      }),
    );
    expect(result.data?.boardReportSettings['startedFromPeriodName']).toEqual(expect.any(String));
    // Until saved for the new period, its report prints no cover (the meeting would be the wrong one).
    expect((await board(next.id)).cover).toBeNull();
  });

  it('refuses a stale version and a date that does not exist, changing nothing', async () => {
    const period = await fx.period('open', '2026-04-01');
    expect((await save(period.id, null)).errors).toBeUndefined();
    const stale = await save(period.id, 0, { committee: 'Another board' });
    expect(stale.errors?.[0].extensions?.['code']).toBe('CONFLICT');
    const badDate = await save(period.id, 1, { meetingOn: '2026-02-30' });
    expect(badDate.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badDate.errors?.[0].extensions)).toContain('input.meetingOn');
    const [row] = (await api.dataSource.query(
      `SELECT committee, version, to_char(meeting_on, 'YYYY-MM-DD') AS meeting FROM board_report_setting WHERE period_id = $1`,
      [period.id],
    )) as Array<Record<string, unknown>>;
    expect(row).toEqual({ committee: 'Safer York Partnership Board', version: 1, meeting: '2025-11-12' });
    const viewer = await save(period.id, 1, {}, 'viewer');
    expect(viewer.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('edits the cover of a signed-off period without touching its frozen snapshot', async () => {
    const period = await fx.period('in_review', '2024-04-01');
    const signOff = await api.graphql(
      PERIOD_STATE,
      { input: { id: period.id, version: period.version, state: 'SignedOff' } },
      fx.cookie('senior'),
    );
    expect(signOff.errors).toBeUndefined();
    const before = (await api.dataSource.query(
      `SELECT version, sha256 FROM board_report_snapshot WHERE period_id = $1 ORDER BY version`,
      [period.id],
    )) as unknown[];
    expect(before).toHaveLength(1);
    expect((await save(period.id, null, { meetingOn: '2024-07-20' })).errors).toBeUndefined();
    const model = await board(period.id);
    expect(model.edition?.version).toBe(1);
    expect(model.cover?.committee).toBe('Safer York Partnership Board');
    expect(model.dateLabel).toBe('20 Jul 2024');
    expect(
      await api.dataSource.query(
        `SELECT version, sha256 FROM board_report_snapshot WHERE period_id = $1 ORDER BY version`,
        [period.id],
      ),
    ).toEqual(before);
  });
});
