import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const PERIOD_STATE = 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version state } }';
const REOPEN =
  'mutation($input: ReopenReportingPeriodInput!) { reopenReportingPeriod(input: $input) { id version state signedOffAt signedOffById } }';
const SAVE = 'mutation($input: SaveProgressUpdateInput!) { saveProgressUpdate(input: $input) { id version } }';

type Errors = Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string }> } }> | undefined;
const fieldsOf = (errors: Errors) => errors?.[0]?.extensions?.fields?.map((f) => f.field);
interface Period {
  id: string;
  version: number;
  state: string;
  signedOffAt: string | null;
  signedOffById: string | null;
}

describe('reopening a signed-off period', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    api.dataSource.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  });
  afterAll(() => api.close());

  const signOff = async (id: string, version: number): Promise<number> => {
    const r = await api.graphql<{ setPeriodState: { version: number } }>(
      PERIOD_STATE,
      { input: { id, version, state: 'SignedOff' } },
      fx.cookie('senior'),
    );
    expect(r.errors).toBeUndefined();
    return r.data?.setPeriodState.version as number;
  };
  const reopen = (
    role: 'admin' | 'senior' | 'leadA' | 'viewer',
    input: { id: string; version: number; reason: string },
  ) => api.graphql<{ reopenReportingPeriod: Period }>(REOPEN, { input }, fx.cookie(role));
  const versions = async (periodId: string) =>
    (
      await q<{ version: number; edition: number }>(
        `SELECT version, (model->'edition'->>'version')::int AS edition FROM board_report_snapshot WHERE period_id = $1 ORDER BY version`,
        [periodId],
      )
    ).map((r) => [r.version, r.edition]);

  it('needs a reason, is audited, keeps the frozen report, and a second sign-off stores version 2', async () => {
    const period = await fx.period('in_review');
    const action = await fx.action('A');
    let version = await signOff(period.id, period.version);
    expect(await versions(period.id)).toEqual([[1, 1]]);

    const blank = await reopen('senior', { id: period.id, version, reason: '   ' });
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(blank.errors)).toEqual(['input.reason']);
    const empty = await reopen('senior', { id: period.id, version, reason: '' });
    expect(fieldsOf(empty.errors)).toEqual(['input.reason']);
    for (const role of ['leadA', 'viewer'] as const)
      expect((await reopen(role, { id: period.id, version, reason: 'Because.' })).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
    const stale = await reopen('senior', { id: period.id, version: version - 1, reason: 'Late figures.' });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const reopened = await reopen('senior', { id: period.id, version, reason: 'Police figures arrived late.' });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data?.reopenReportingPeriod).toMatchObject({
      state: 'InReview',
      signedOffAt: null,
      signedOffById: null,
    });
    version = reopened.data?.reopenReportingPeriod.version as number;
    const [audit] = await q<{
      actor_id: string;
      reason: string;
      changes: Record<string, { before: unknown; after: unknown }>;
    }>(
      `SELECT actor_id, reason, changes FROM audit_entry WHERE entity_type = 'reporting_period' AND entity_id = $1 AND operation = 'reopen'`,
      [period.id],
    );
    expect(audit).toMatchObject({ actor_id: fx.people.senior.personId, reason: 'Police figures arrived late.' });
    expect(audit.changes['state']).toEqual({ before: 'signed_off', after: 'in_review' });
    expect(await versions(period.id)).toEqual([[1, 1]]);

    // Reopened: the lead can write again.
    const save = await api.graphql(
      SAVE,
      {
        input: {
          actionId: action.id,
          periodId: period.id,
          narrative: 'Late figures: 40 trained.',
          proposedRag: 'Green',
        },
      },
      fx.cookie('leadA'),
    );
    expect(save.errors).toBeUndefined();

    const again = await reopen('senior', { id: period.id, version, reason: 'Twice.' });
    expect(fieldsOf(again.errors)).toEqual(['input.id']);

    await signOff(period.id, version);
    expect(await versions(period.id)).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('is open to administrators as well as the accountable group', async () => {
    const period = await fx.period('in_review');
    const version = await signOff(period.id, period.version);
    const byAdmin = await reopen('admin', { id: period.id, version, reason: 'Wrong quarter signed off.' });
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data?.reopenReportingPeriod.state).toBe('InReview');
  });
});
