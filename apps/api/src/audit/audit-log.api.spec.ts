import Papa from 'papaparse';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const LOG = `query($input: AuditLogInput) { auditLog(input: $input) {
  nextCursor entries { id occurredAt personName recordType recordTypeLabel recordName recordPath summary details reason } } }`;

interface Entry {
  id: string;
  occurredAt: string;
  personName: string;
  recordType: string;
  recordTypeLabel: string;
  recordName: string;
  recordPath: string | null;
  summary: string;
  details: string[];
  reason: string | null;
}
interface Page {
  nextCursor: string | null;
  entries: Entry[];
}

describe('partnership audit log', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let other: ProgressFixture;
  let actionId: string;

  /** An audit row as the writers make them, at a chosen time (audit_entry refuses only UPDATE and DELETE). */
  const audit = (row: {
    at: string;
    actorId: string | null;
    partnershipId?: string;
    entityType: string;
    entityId: string;
    operation: string;
    changes?: Record<string, unknown>;
    reason?: string;
  }) =>
    api.dataSource.query(
      `INSERT INTO audit_entry (occurred_at, actor_id, partnership_id, entity_type, entity_id, operation, changes, reason) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
      [
        row.at,
        row.actorId,
        row.partnershipId ?? fx.partnershipId,
        row.entityType,
        row.entityId,
        row.operation,
        JSON.stringify(row.changes ?? {}),
        row.reason ?? null,
      ],
    );

  async function log(input: Record<string, unknown> | null, cookie = fx.people.admin.cookie) {
    return api.graphql<{ auditLog: Page }>(LOG, { input }, cookie);
  }
  async function page(input: Record<string, unknown> | null): Promise<Page> {
    const result = await log(input);
    if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.auditLog;
  }

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    other = await createProgressFixture(api);
    const action = await fx.action('A');
    actionId = action.id;
    await api.dataSource.query(`UPDATE action SET title = 'Train staff in hate crime reporting' WHERE id = $1`, [
      actionId,
    ]);
    const period = await fx.period('open', '2026-04-01');
    const [update]: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO progress_update (action_id, period_id, narrative, proposed_rag, review_state, author_id) VALUES ($1, $2, 'Started.', 'amber', 'draft', $3) RETURNING id`,
      [actionId, period.id, fx.people.leadA.personId],
    );
    await api.dataSource.query(`UPDATE reporting_period SET name = '2026/27 Q1' WHERE id = $1`, [period.id]);
    await audit({
      at: '2026-05-01T09:00:00Z',
      actorId: fx.people.leadA.personId,
      entityType: 'progress_update',
      entityId: update.id,
      operation: 'update',
      changes: { proposedRag: { before: 'amber', after: 'red' }, version: { before: 1, after: 2 } },
    });
    await audit({
      at: '2026-05-02T23:30:00Z',
      actorId: fx.people.admin.personId,
      entityType: 'action',
      entityId: actionId,
      operation: 'update',
      changes: {
        leadPersonId: { before: null, after: fx.people.leadA.personId },
        title: { before: '=HYPERLINK("http://evil")', after: 'Train staff in hate crime reporting' },
      },
    });
    await audit({
      at: '2026-05-03T10:00:00Z',
      actorId: fx.people.admin.personId,
      entityType: 'theme',
      entityId: fx.themeId,
      operation: 'archive',
      reason: '@SUM(1+1) duplicate',
    });
    await audit({
      at: '2026-05-04T10:00:00Z',
      actorId: other.people.admin.personId,
      partnershipId: other.partnershipId,
      entityType: 'theme',
      entityId: other.themeId,
      operation: 'update',
      changes: { title: { before: 'Secret', after: 'Other partnership' } },
    });
  });
  afterAll(() => api.close());

  it('shows each change in plain English, newest first, with the record named and linked while it exists', async () => {
    const { entries } = await page({ from: '2026-05-01', to: '2026-05-03' });
    expect(entries.map((e) => e.summary)).toEqual([
      'Archived theme “Raise awareness”',
      'Changed action 1 i)',
      'Changed the proposed RAG of the update for 2026/27 Q1 on action 1 i) from Amber to Red',
    ]);
    const [, changed, rag] = entries;
    expect(changed).toMatchObject({
      personName: 'Ada Admin',
      recordTypeLabel: 'Action',
      recordName: '1 i) Train staff in hate crime reporting',
      recordPath: `/strategies/${fx.strategyId}/actions/${actionId}`,
    });
    expect([...changed.details].sort()).toEqual([
      'Lead officer set to Lee Lead',
      'Title changed from “=HYPERLINK("http://evil")” to “Train staff in hate crime reporting”',
    ]);
    expect(rag).toMatchObject({ personName: 'Lee Lead', recordType: 'progress_update' });
    const words = JSON.stringify(
      entries.map((e) => [e.personName, e.recordTypeLabel, e.recordName, e.summary, e.details, e.reason]),
    );
    expect(words).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(words).not.toContain('proposedRag');
  });

  it('filters by person, record type and dates in the partnership time zone (23:30 UTC on 2 May is 3 May in London)', async () => {
    expect(
      (await page({ personId: fx.people.leadA.personId, from: '2026-05-01', to: '2026-05-03' })).entries.map(
        (e) => e.personName,
      ),
    ).toEqual(['Lee Lead']);
    expect((await page({ recordType: 'theme', from: '2026-05-01' })).entries.map((e) => e.summary)).toEqual([
      'Archived theme “Raise awareness”',
    ]);
    const third = await page({ from: '2026-05-03', to: '2026-05-03' });
    expect(third.entries.map((e) => e.recordType)).toEqual(['theme', 'action']);
  });

  it('pages newest first with a cursor, never repeating or skipping a row', async () => {
    const all = (await page({ from: '2026-05-01', to: '2026-05-03', first: 100 })).entries.map((e) => e.id);
    const first = await page({ from: '2026-05-01', to: '2026-05-03', first: 2 });
    expect(first.entries.map((e) => e.id)).toEqual(all.slice(0, 2));
    expect(first.nextCursor).not.toBeNull();
    const second = await page({ from: '2026-05-01', to: '2026-05-03', first: 2, after: first.nextCursor });
    expect(second.entries.map((e) => e.id)).toEqual(all.slice(2));
    expect(second.nextCursor).toBeNull();
    const tooMany = await log({ first: 101 });
    expect(tooMany.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('never shows another partnership: its rows are absent and its people are not a valid filter', async () => {
    const { entries } = await page({ from: '2026-05-01', to: '2026-05-31', first: 100 });
    expect(entries.map((e) => e.summary).join('\n')).not.toContain('Other partnership');
    const result = await log({ personId: other.people.admin.personId });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.personId', message: 'Choose a person in your partnership.' }],
    });
  });

  it('names the field of a bad filter', async () => {
    const backwards = await log({ from: '2026-06-01', to: '2026-05-01' });
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.from', message: 'The date from must be the same as or before the date to.' }],
    });
    const notADate = await log({ to: '2026-02-30', recordType: 'secret_table' });
    expect(notADate.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.recordType', message: 'Choose a record type from the list.' },
      { field: 'input.to', message: 'Enter a real date, for example 2026-06-30.' },
    ]);
  });

  it('is refused to everyone but administrators', async () => {
    for (const role of ['senior', 'leadA', 'viewer'] as const) {
      const result = await log(null, fx.people[role].cookie);
      expect(result.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }
    expect((await log(null, '')).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    const csv = await fetch(`${api.baseUrl}/api/audit-log.csv`, { headers: { cookie: fx.people.senior.cookie } });
    expect(csv.status).toBe(403);
  });

  it('downloads the filtered log as CSV in London time, with formulas neutralised', async () => {
    const response = await fetch(`${api.baseUrl}/api/audit-log.csv?from=2026-05-01&to=2026-05-03`, {
      headers: { cookie: fx.people.admin.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['Time', 'Person', 'Record type', 'Record', 'What happened', 'Details', 'Reason']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '2026-05-03 11:00:00',
      '2026-05-03 00:30:00',
      '2026-05-01 10:00:00',
    ]);
    expect(rows[1][6]).toBe("'@SUM(1+1) duplicate");
    expect(rows[2][5]).toContain('Title changed from “=HYPERLINK');
    for (const cell of rows.slice(1).flat()) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(text).not.toContain('Other partnership');
  });

  it('answers a bad CSV filter with the field named', async () => {
    const response = await fetch(`${api.baseUrl}/api/audit-log.csv?from=2026-06-01&to=2026-05-01`, {
      headers: { cookie: fx.people.admin.cookie },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'BAD_USER_INPUT', fields: [{ field: 'input.from' }] });
  });
});
