import { createProgressFixture, ProgressFixture, snapshotTables } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const FIELDS = 'id name unit direction baseline target tolerance sortOrder version archivedAt';
const CREATE = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation($input: VersionedRefInput!) { archiveIndicator(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation($input: MoveIndicatorInput!) { moveIndicator(input: $input) { ${FIELDS} } }`;
const LIST = `query($strategyId: ID!) { indicators(strategyId: $strategyId) { ${FIELDS} } }`;
const LOG = `query($input: AuditLogInput) { auditLog(input: $input) { entries { summary details recordType } } }`;

interface Indicator {
  id: string;
  name: string;
  tolerance: number | null;
  target: number | null;
  sortOrder: number;
  version: number;
  archivedAt: string | null;
}

describe('indicator administration', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let strategyId: string;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    strategyId = fx.strategyId;
  });
  afterAll(() => api.close());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests navigate responses loosely
  type Loose = any;
  async function call(
    query: string,
    variables: Record<string, unknown>,
    cookie = fx.people.admin.cookie,
  ): Promise<{ data: Loose; errors?: Array<{ extensions?: Record<string, Loose> }> }> {
    const result = await api.graphql<Record<string, unknown>>(query, variables, cookie);
    return { data: result.data ? Object.values(result.data)[0] : null, errors: result.errors as never };
  }
  async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await call(query, variables);
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  }
  const list = () => ok<Indicator[]>(LIST, { strategyId });

  it('creates and edits an indicator with its tolerance band, auditing both in words', async () => {
    const created = await ok<Indicator>(CREATE, {
      input: {
        strategyId,
        name: 'Victim satisfaction',
        unit: '%',
        direction: 'HigherIsBetter',
        baseline: 52,
        target: 60,
        tolerance: 5,
      },
    });
    expect(created).toMatchObject({ name: 'Victim satisfaction', target: 60, tolerance: 5, version: 1 });
    const edited = await ok<Indicator>(UPDATE, { input: { id: created.id, version: 1, tolerance: 2.5 } });
    expect(edited).toMatchObject({ tolerance: 2.5, target: 60, version: 2 });
    const cleared = await ok<Indicator>(UPDATE, { input: { id: created.id, version: 2, tolerance: null } });
    expect(cleared.tolerance).toBeNull();
    const log = await ok<{ entries: Array<{ summary: string; recordType: string }> }>(LOG, {
      input: { recordType: 'indicator' },
    });
    expect(log.entries.map((e) => e.summary).slice(0, 3)).toEqual([
      'Removed the tolerance of indicator “Victim satisfaction” (was 2.5)',
      'Changed the tolerance of indicator “Victim satisfaction” from 5 to 2.5',
      'Added indicator “Victim satisfaction”',
    ]);
  });

  it('names each bad field and changes nothing', async () => {
    const before = await snapshotTables(api);
    const result = await call(CREATE, { input: { strategyId, name: '', direction: 'HigherIsBetter', tolerance: -1 } });
    expect(result.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((result.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field).sort()).toEqual([
      'input.name',
      'input.tolerance',
    ]);
    expect(await snapshotTables(api)).toEqual(before);
  });

  it('moves an indicator up and down, refusing a stale version and a move past either end', async () => {
    const names = ['Reports', 'Detections', 'Repeat victims'];
    for (const name of names) await ok(CREATE, { input: { strategyId, name, direction: 'HigherIsBetter' } });
    const start = await list();
    const detections = start.find((i) => i.name === 'Detections')!;
    const at = start.findIndex((i) => i.name === 'Detections');
    const moved = await ok<Indicator[]>(MOVE, {
      input: { id: detections.id, version: detections.version, direction: 'Up' },
    });
    expect(moved.map((i) => i.name)[at - 1]).toBe('Detections');
    expect(moved.map((i) => i.name)[at]).toBe('Reports');
    expect((await list()).map((i) => i.name)).toEqual(moved.map((i) => i.name));

    const before = await snapshotTables(api);
    const stale = await call(MOVE, { input: { id: detections.id, version: detections.version, direction: 'Down' } });
    expect(stale.errors?.[0].extensions?.['code']).toBe('CONFLICT');
    const last = moved[moved.length - 1];
    const pastEnd = await call(MOVE, { input: { id: last.id, version: last.version, direction: 'Down' } });
    expect(pastEnd.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.direction', message: 'The indicator is already last.' }],
    });
    expect(await snapshotTables(api)).toEqual(before);

    const log = await ok<{ entries: Array<{ summary: string }> }>(LOG, {
      input: { recordType: 'indicator', first: 2 },
    });
    expect(log.entries.map((e) => e.summary).sort()).toEqual([
      'Moved indicator “Detections”',
      'Moved indicator “Reports”',
    ]);
  });

  it('archives (never deletes) an indicator with values: the values stay, it leaves the list', async () => {
    const created = await ok<Indicator>(CREATE, {
      input: { strategyId, name: 'Archived measure', direction: 'LowerIsBetter', target: 10 },
    });
    const period = await fx.period('open');
    await api.dataSource.query(`INSERT INTO indicator_value (indicator_id, period_id, value) VALUES ($1, $2, 12)`, [
      created.id,
      period.id,
    ]);
    const archived = await ok<Indicator>(ARCHIVE, { input: { id: created.id, version: created.version } });
    expect(archived.archivedAt).not.toBeNull();
    expect((await list()).map((i) => i.id)).not.toContain(created.id);
    const [{ count }]: Array<{ count: string }> = await api.dataSource.query(
      `SELECT count(*) FROM indicator_value WHERE indicator_id = $1`,
      [created.id],
    );
    expect(Number(count)).toBe(1);
  });

  it('refuses every change to anyone but an administrator', async () => {
    const [target] = await list();
    for (const role of ['senior', 'leadA', 'viewer'] as const) {
      const cookie = fx.people[role].cookie;
      expect(
        (await call(MOVE, { input: { id: target.id, version: target.version, direction: 'Down' } }, cookie)).errors?.[0]
          .extensions?.['code'],
      ).toBe('FORBIDDEN');
      expect(
        (await call(UPDATE, { input: { id: target.id, version: target.version, tolerance: 1 } }, cookie)).errors?.[0]
          .extensions?.['code'],
      ).toBe('FORBIDDEN');
    }
  });
});
