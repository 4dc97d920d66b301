import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const SIGN_OFF_STATUS = `query($periodId: ID!) { periodSignOff(periodId: $periodId) {
  state version signedOffAt signedOffByName outstanding { actionId reference title lead kind consequence } } }`;
const PERIOD_STATE = 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version state } }';
const ACCEPT = 'mutation($input: AcceptProgressUpdateInput!) { acceptProgressUpdate(input: $input) { id } }';
const SAVE = 'mutation($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { id version } }';

interface Outstanding {
  actionId: string;
  reference: string;
  title: string;
  lead: string | null;
  kind: string;
  consequence: string;
}
interface SignOffStatus {
  state: string;
  version: number;
  signedOffAt: string | null;
  signedOffByName: string | null;
  outstanding: Outstanding[];
}

describe('sign-off as a checked step: what is outstanding, and who signed off', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    api.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  const withUpdate = async (
    periodId: string,
    reviewState: string,
  ): Promise<{ actionId: string; updateId: string; version: number }> => {
    const action = await fx.action('A');
    const [row] = await q<{ id: string; version: number }>(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, author_id) VALUES ($1, $2, 'Training delivered.', 'green', $3, $4) RETURNING id, version`,
      [action.id, periodId, reviewState, fx.people.leadA.personId],
    );
    return { actionId: action.id, updateId: row.id, version: row.version };
  };
  const status = async (periodId: string, role: 'senior' | 'admin' | 'leadA' | 'viewer' = 'senior') =>
    api.graphql<{ periodSignOff: SignOffStatus }>(SIGN_OFF_STATUS, { periodId }, fx.cookie(role));

  it('lists each kind of outstanding item with its number, title, lead and consequence; sign-off then records who and when', async () => {
    const period = await fx.period('in_review', '2025-04-01');
    const submitted = await withUpdate(period.id, 'submitted');
    const returned = await withUpdate(period.id, 'returned');
    const draft = await withUpdate(period.id, 'draft');
    const accepted = await withUpdate(period.id, 'accepted');
    const missing = await fx.action('A');
    const complete = await fx.action('A', 'complete');
    const later = await fx.action('A');
    await q(`UPDATE action SET starts_on = '2025-07-01' WHERE id = $1`, [later.id]);
    await q(`UPDATE action SET lead_person_id = $2 WHERE id = $1`, [submitted.actionId, fx.people.leadA.personId]);

    const before = await status(period.id);
    expect(before.errors).toBeUndefined();
    const check = before.data?.periodSignOff as SignOffStatus;
    expect(check.state).toBe('InReview');
    expect(check.signedOffAt).toBeNull();
    const kinds = Object.fromEntries(check.outstanding.map((o) => [o.actionId, o.kind]));
    expect(kinds).toEqual({
      [submitted.actionId]: 'Submitted',
      [returned.actionId]: 'Returned',
      [draft.actionId]: 'Draft',
      [missing.id]: 'Missing',
    });
    expect(kinds[accepted.actionId]).toBeUndefined();
    expect(kinds[complete.id]).toBeUndefined();
    expect(kinds[later.id]).toBeUndefined();
    const [title] = await q<{ title: string }>(`SELECT title FROM action WHERE id = $1`, [submitted.actionId]);
    const first = check.outstanding.find((o) => o.actionId === submitted.actionId) as Outstanding;
    expect(first).toMatchObject({ title: title.title, lead: 'Lee Lead' });
    expect(first.reference).toMatch(/^1 [ivx]+\)$/);
    expect(first.consequence).toMatch(/will not be reviewed/);
    expect(check.outstanding.find((o) => o.kind === 'Returned')?.consequence).toMatch(/can no longer resubmit/);
    // A correction only changes an update that was given, so the missing one waits for the period to be reopened.
    expect(check.outstanding.find((o) => o.kind === 'Missing')?.consequence).toBe(
      'The board report shows "No update received". A correction cannot add an update that was never given: to add one later, an administrator or the accountable group must reopen the period.',
    );

    // Accepting one takes it off the list.
    const accept = await api.graphql(
      ACCEPT,
      { input: { id: submitted.updateId, version: submitted.version } },
      fx.cookie('senior'),
    );
    expect(accept.errors).toBeUndefined();
    expect((await status(period.id)).data?.periodSignOff.outstanding.map((o) => o.actionId)).not.toContain(
      submitted.actionId,
    );

    const [current] = await q<{ version: number }>(`SELECT version FROM reporting_period WHERE id = $1`, [period.id]);
    const signOff = await api.graphql(
      PERIOD_STATE,
      { input: { id: period.id, version: current.version, state: 'SignedOff' } },
      fx.cookie('senior'),
    );
    expect(signOff.errors).toBeUndefined();
    const after = (await status(period.id, 'admin')).data?.periodSignOff as SignOffStatus;
    expect(after.state).toBe('SignedOff');
    expect(after.signedOffByName).toBe('Sam Senior');
    expect(Date.now() - Date.parse(after.signedOffAt as string)).toBeLessThan(60_000);

    // The missing update can no longer be given, and the refusal says what would allow it.
    const late = await api.graphql(
      SAVE,
      { input: { actionId: missing.id, periodId: period.id, narrative: 'Forgot to report.', proposedRag: 'Green' } },
      fx.cookie('leadA'),
    );
    expect(late.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'input.periodId',
        message:
          'the reporting period is signed off and read-only; an update not given before sign-off can only be added if the period is reopened.',
      },
    ]);
    expect(await q(`SELECT id FROM progress_update WHERE action_id = $1`, [missing.id])).toEqual([]);

    // The frozen report says the action that starts after the period is not started yet, not missing.
    const [snapshot] = await q<{
      model: {
        sections: Array<{
          rows: Array<{ actionId: string; progress: { text: string; state: string }; exceptions: string[] }>;
        }>;
      };
    }>(`SELECT model FROM board_report_snapshot WHERE period_id = $1 AND version = 1`, [period.id]);
    const rows = snapshot.model.sections.flatMap((s) => s.rows);
    expect(rows.find((r) => r.actionId === later.id)).toMatchObject({
      progress: { text: 'Not started yet', state: 'not_started' },
      exceptions: [],
    });
    expect(rows.find((r) => r.actionId === missing.id)).toMatchObject({
      progress: { text: 'No update received', state: 'missing' },
      exceptions: ['missing'],
    });
  });

  it('is for the accountable group and administrators only', async () => {
    const period = await fx.period('open');
    expect((await status(period.id, 'admin')).errors).toBeUndefined();
    for (const role of ['leadA', 'viewer'] as const)
      expect((await status(period.id, role)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await status('not-a-uuid')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
