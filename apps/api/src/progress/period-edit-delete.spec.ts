import { createProgressFixture, ProgressFixture, snapshotTables } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const UPDATE =
  'mutation($input: UpdateReportingPeriodInput!) { updateReportingPeriod(input: $input) { id startsOn endsOn updateDeadline version } }';
const DELETE = 'mutation($input: DeleteReportingPeriodInput!) { deleteReportingPeriod(input: $input) { id name } }';
const PERIOD_STATE = 'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version } }';

type Errors =
  | Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string; message: string }> } }>
  | undefined;
const fieldErrors = (errors: Errors) => errors?.[0]?.extensions?.fields;

describe('editing and deleting reporting periods', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    api.dataSource.query(sql, params) as Promise<T[]>;
  const remove = (id: string, version: number, role: 'admin' | 'senior' | 'leadA' = 'admin') =>
    api.graphql<{ deleteReportingPeriod: { id: string; name: string } }>(
      DELETE,
      { input: { id, version } },
      fx.cookie(role),
    );

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
  }, 60_000);
  afterAll(() => api.close());

  it('an administrator moves the dates and deadline of an open period, with field errors for overlaps and dates outside the strategy', async () => {
    const first = await fx.period('open', '2027-01-01');
    const second = await fx.period('open', '2027-06-01');
    const moved = await api.graphql<{ updateReportingPeriod: { version: number } }>(
      UPDATE,
      {
        input: {
          id: second.id,
          version: second.version,
          startsOn: '2027-05-01',
          endsOn: '2027-07-31',
          updateDeadline: '2027-08-10',
        },
      },
      fx.cookie('admin'),
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateReportingPeriod).toMatchObject({
      startsOn: '2027-05-01',
      endsOn: '2027-07-31',
      updateDeadline: '2027-08-10',
      version: second.version + 1,
    });
    const before = await snapshotTables(api);
    const overlap = await api.graphql(
      UPDATE,
      { input: { id: second.id, version: second.version + 1, startsOn: '2027-03-01' } },
      fx.cookie('admin'),
    );
    expect(fieldErrors(overlap.errors)).toEqual([
      expect.objectContaining({ field: 'input.startsOn', message: expect.stringMatching(/overlap the period/) }),
    ]);
    const outside = await api.graphql(
      UPDATE,
      { input: { id: second.id, version: second.version + 1, endsOn: '2028-06-30' } },
      fx.cookie('admin'),
    );
    expect(fieldErrors(outside.errors)).toEqual([
      {
        field: 'input.endsOn',
        message: "The end date must be within the strategy's years (1 Apr 2025 to 31 Mar 2028).",
      },
    ]);
    expect(
      (
        await api.graphql(
          UPDATE,
          { input: { id: first.id, version: first.version, updateDeadline: '2027-04-15' } },
          fx.cookie('senior'),
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await snapshotTables(api)).toEqual(before);
  });

  it('deletes a period nothing refers to, with an audit row; only administrators', async () => {
    const period = await fx.period('open', '2027-10-01');
    for (const role of ['senior', 'leadA'] as const)
      expect((await remove(period.id, period.version, role)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await remove(period.id, period.version + 1)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const deleted = await remove(period.id, period.version);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteReportingPeriod.id).toBe(period.id);
    expect(await q(`SELECT id FROM reporting_period WHERE id = $1`, [period.id])).toEqual([]);
    const [audit] = await q<{
      operation: string;
      actor_id: string;
      changes: Record<string, { before: unknown; after: unknown }>;
    }>(
      `SELECT operation, actor_id, changes FROM audit_entry WHERE entity_type = 'reporting_period' AND entity_id = $1`,
      [period.id],
    );
    expect(audit).toMatchObject({ operation: 'delete', actor_id: fx.people.admin.personId });
    expect(audit.changes['name']).toEqual({ before: expect.stringMatching(/^Period /), after: null });
    expect((await remove(period.id, period.version)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to delete a period that updates, commentary or a frozen report refer to, saying what, and changes nothing', async () => {
    const withUpdate = await fx.update({ reviewState: 'draft' });
    const [{ version }] = await q<{ version: number }>(`SELECT version FROM reporting_period WHERE id = $1`, [
      withUpdate.periodId,
    ]);
    await fx.commentary();
    const [commentaryPeriod] = await q<{ id: string; version: number }>(
      `SELECT rp.id, rp.version FROM reporting_period rp JOIN theme_commentary tc ON tc.period_id = rp.id ORDER BY tc.created_at DESC LIMIT 1`,
    );
    const signed = await fx.period('in_review');
    const signedOff = await api.graphql<{ setPeriodState: { version: number } }>(
      PERIOD_STATE,
      { input: { id: signed.id, version: signed.version, state: 'SignedOff' } },
      fx.cookie('senior'),
    );
    const before = await snapshotTables(api);
    const refused = await remove(withUpdate.periodId, version);
    expect(fieldErrors(refused.errors)).toEqual([
      {
        field: 'input.id',
        message:
          'This period cannot be deleted: it has 1 progress update. Only a period nothing refers to can be deleted.',
      },
    ]);
    expect(fieldErrors((await remove(commentaryPeriod.id, commentaryPeriod.version)).errors)?.[0].message).toMatch(
      /1 commentary paragraph/,
    );

    expect(fieldErrors((await remove(signed.id, signedOff.data?.setPeriodState.version as number)).errors)).toEqual([
      { field: 'input.id', message: 'This period is signed off: the board saw its report, so it cannot be deleted.' },
    ]);
    expect(await snapshotTables(api)).toEqual(before);
  });
});
