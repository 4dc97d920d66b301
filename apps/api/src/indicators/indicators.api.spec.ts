import { createProgressFixture, ProgressFixture, snapshotTables } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const INDICATOR_FIELDS = `id strategyId objectiveId name unit direction baseline target sortOrder version archivedAt values { id periodId periodName value note version }`;
const CREATE = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { ${INDICATOR_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ${INDICATOR_FIELDS} } }`;
const ARCHIVE = `mutation($input: VersionedRefInput!) { archiveIndicator(input: $input) { id archivedAt version } }`;
const REORDER = `mutation($input: ReorderIndicatorsInput!) { reorderIndicators(input: $input) { id sortOrder } }`;
const RECORD = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id indicatorId periodId periodName value note version } }`;
const LIST = `query($strategyId: ID!) { indicators(strategyId: $strategyId) { ${INDICATOR_FIELDS} } }`;

interface IndicatorValue {
  id: string;
  periodId: string;
  periodName: string;
  value: number;
  note: string | null;
  version: number;
}
interface Indicator {
  id: string;
  name: string;
  unit: string;
  direction: string;
  baseline: number | null;
  target: number | null;
  objectiveId: string | null;
  sortOrder: number;
  version: number;
  archivedAt: string | null;
  values: IndicatorValue[];
}

describe('performance indicators over GraphQL', () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let admin: string;
  let senior: string;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    admin = fx.people.admin.cookie;
    senior = fx.people.senior.cookie;
  });
  afterAll(() => api.close());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests navigate responses loosely
  async function ok<T = any>(query: string, variables: Record<string, unknown>, cookie = admin): Promise<T> {
    const result = await api.graphql<Record<string, T>>(query, variables, cookie);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return Object.values(result.data)[0];
  }

  const create = (input: Record<string, unknown>) =>
    ok<Indicator>(CREATE, { input: { strategyId: fx.strategyId, direction: 'HigherIsBetter', ...input } });

  async function newStrategy(title: string): Promise<string> {
    const [row]: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO strategy (partnership_id, title, starts_on, ends_on, accountable_group_id) VALUES ($1, $2, '2025-04-01', '2028-03-31', $3) RETURNING id`,
      [fx.partnershipId, title, fx.seniorGroupId],
    );
    return row.id;
  }

  it('creates, updates and lists indicators with their values in period order, auditing every write', async () => {
    const strategyId = await newStrategy('Indicator strategy');
    const [theme]: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO theme (strategy_id, title) VALUES ($1, 'Reporting') RETURNING id`,
      [strategyId],
    );
    const [objective]: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO objective (strategy_id, theme_id, title) VALUES ($1, $2, 'Increase reporting') RETURNING id`,
      [strategyId, theme.id],
    );
    const periods: Array<{ id: string }> = await api.dataSource.query(
      `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline)
       VALUES ($1, 'Q2', '2025-07-01', '2025-09-30', '2025-10-10'), ($1, 'Q1', '2025-04-01', '2025-06-30', '2025-07-10') RETURNING id`,
      [strategyId],
    );
    const [q2, q1] = periods.map((p) => p.id);

    const reported = await ok<Indicator>(CREATE, {
      input: {
        strategyId,
        objectiveId: objective.id,
        name: '  Hate crimes reported ',
        unit: 'reports',
        direction: 'HigherIsBetter',
        baseline: 412,
        target: 480.5,
      },
    });
    expect(reported).toMatchObject({
      name: 'Hate crimes reported',
      unit: 'reports',
      direction: 'HigherIsBetter',
      baseline: 412,
      target: 480.5,
      objectiveId: objective.id,
      sortOrder: 1,
      version: 1,
      values: [],
    });
    const satisfaction = await ok<Indicator>(CREATE, {
      input: { strategyId, name: 'Victim satisfaction', unit: '%', direction: 'HigherIsBetter' },
    });
    expect(satisfaction.sortOrder).toBe(2);

    const updated = await ok<Indicator>(UPDATE, {
      input: { id: reported.id, version: 1, target: 500, objectiveId: null },
    });
    expect(updated).toMatchObject({
      target: 500,
      baseline: 412,
      objectiveId: null,
      version: 2,
      name: 'Hate crimes reported',
    });

    // Q2 first, then Q1: values come back in period order, not insertion order.
    await ok(
      RECORD,
      { input: { indicatorId: reported.id, periodId: q2, value: 455, note: 'Third-party centres opened.' } },
      senior,
    );
    const first = await ok<IndicatorValue>(RECORD, { input: { indicatorId: reported.id, periodId: q1, value: 430 } });
    expect(first).toMatchObject({ periodName: 'Q1', value: 430, note: null, version: 1 });
    const corrected = await ok<IndicatorValue>(
      RECORD,
      { input: { indicatorId: reported.id, periodId: q1, value: 431.25, note: ' Late returns added ', version: 1 } },
      senior,
    );
    expect(corrected).toMatchObject({ id: first.id, value: 431.25, note: 'Late returns added', version: 2 });

    const list = await ok<Indicator[]>(LIST, { strategyId }, fx.people.viewer.cookie);
    expect(list.map((i) => i.name)).toEqual(['Hate crimes reported', 'Victim satisfaction']);
    expect(list[0].values.map((v) => [v.periodName, v.value])).toEqual([
      ['Q1', 431.25],
      ['Q2', 455],
    ]);

    const reordered = await ok<Array<{ id: string; sortOrder: number }>>(REORDER, {
      input: { strategyId, orderedIds: [satisfaction.id, reported.id] },
    });
    expect(reordered.map((i) => i.id)).toEqual([satisfaction.id, reported.id]);

    const archived = await ok<{ archivedAt: string | null; version: number }>(ARCHIVE, {
      input: { id: satisfaction.id, version: satisfaction.version },
    });
    expect(archived.archivedAt).not.toBeNull();
    expect((await ok<Indicator[]>(LIST, { strategyId })).map((i) => i.id)).toEqual([reported.id]);

    const audit: Array<{ entity_type: string; operation: string }> = await api.dataSource.query(
      `SELECT entity_type, operation FROM audit_entry WHERE entity_id = ANY($1::uuid[]) ORDER BY id`,
      [[reported.id, satisfaction.id, first.id, strategyId]],
    );
    expect(audit.map((a) => `${a.entity_type}:${a.operation}`)).toEqual([
      'indicator:create',
      'indicator:create',
      'indicator:update',
      'indicator_value:create',
      'indicator_value:update',
      'strategy:reorder_indicators',
      'indicator:archive',
    ]);
  });

  it('tells the second of two writers of the same indicator or value, and overwrites nothing', async () => {
    const indicator = await create({ name: 'Detection rate', unit: '%' });
    const a = await api.graphql(UPDATE, { input: { id: indicator.id, version: 1, target: 30 } }, admin);
    const b = await api.graphql(UPDATE, { input: { id: indicator.id, version: 1, target: 45 } }, admin);
    expect(a.errors).toBeUndefined();
    expect(b.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await ok<Indicator>(UPDATE, { input: { id: indicator.id, version: 2 } })).target).toBe(30);

    // Two writers recording the first value of the same period at the same time: one wins, the other is told.
    const period = await fx.period('open');
    const racing = await Promise.all([
      api.graphql(RECORD, { input: { indicatorId: indicator.id, periodId: period.id, value: 21 } }, admin),
      api.graphql(RECORD, { input: { indicatorId: indicator.id, periodId: period.id, value: 22 } }, senior),
    ]);
    expect(racing.filter((r) => !r.errors).length).toBe(1);
    expect(racing.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(1);

    // Then two edits from the same version: the second is refused and the first value stands.
    const [stored]: Array<{ value: string; version: number }> = await api.dataSource.query(
      `SELECT value::text, version FROM indicator_value WHERE indicator_id = $1 AND period_id = $2`,
      [indicator.id, period.id],
    );
    const first = await api.graphql(
      RECORD,
      { input: { indicatorId: indicator.id, periodId: period.id, value: 25, version: stored.version } },
      senior,
    );
    const second = await api.graphql(
      RECORD,
      { input: { indicatorId: indicator.id, periodId: period.id, value: 26, version: stored.version } },
      admin,
    );
    expect(first.errors).toBeUndefined();
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    const withoutVersion = await api.graphql(
      RECORD,
      { input: { indicatorId: indicator.id, periodId: period.id, value: 27 } },
      admin,
    );
    expect(withoutVersion.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [after]: Array<{ value: string }> = await api.dataSource.query(
      `SELECT value::text FROM indicator_value WHERE indicator_id = $1 AND period_id = $2`,
      [indicator.id, period.id],
    );
    expect(Number(after.value)).toBe(25);
  });

  describe('refuses bad input with the field named, changing nothing', () => {
    const fieldsOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
      ((result.errors?.[0].extensions?.['fields'] as Array<{ field: string; message: string }> | undefined) ?? []).map(
        (f) => f.field,
      );

    async function expectRefused(
      query: string,
      input: Record<string, unknown>,
      fields: string[],
      cookie = admin,
    ): Promise<string> {
      const before = await snapshotTables(api);
      const result = await api.graphql(query, { input }, cookie);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result).sort()).toEqual([...fields].sort());
      expect(await snapshotTables(api)).toEqual(before);
      return result.errors?.[0].message ?? '';
    }

    it('on create and update: blank name, over-long unit, objective of another strategy', async () => {
      const other = await newStrategy('Another strategy');
      const [theme]: Array<{ id: string }> = await api.dataSource.query(
        `INSERT INTO theme (strategy_id, title) VALUES ($1, 'T') RETURNING id`,
        [other],
      );
      const [objective]: Array<{ id: string }> = await api.dataSource.query(
        `INSERT INTO objective (strategy_id, theme_id, title) VALUES ($1, $2, 'O') RETURNING id`,
        [other, theme.id],
      );
      await expectRefused(
        CREATE,
        { strategyId: fx.strategyId, name: '', unit: 'x'.repeat(41), direction: 'HigherIsBetter' },
        ['input.name', 'input.unit'],
      );
      await expectRefused(CREATE, { strategyId: fx.strategyId, name: '   ', direction: 'LowerIsBetter' }, [
        'input.name',
      ]);
      const message = await expectRefused(
        CREATE,
        { strategyId: fx.strategyId, objectiveId: objective.id, name: 'Repeat victims', direction: 'LowerIsBetter' },
        ['input.objectiveId'],
      );
      expect(message).toMatch(/another strategy/);
      const indicator = await create({ name: 'Repeat victims', direction: 'LowerIsBetter' });
      await expectRefused(UPDATE, { id: indicator.id, version: 1, objectiveId: objective.id, unit: 'y'.repeat(50) }, [
        'input.unit',
      ]);
      await expectRefused(UPDATE, { id: indicator.id, version: 1, objectiveId: objective.id }, ['input.objectiveId']);
      await expectRefused(UPDATE, { id: indicator.id, version: 1, baseline: 1e300 }, ['input.baseline']);
      await expectRefused(REORDER, { strategyId: fx.strategyId, orderedIds: [indicator.id] }, ['input.orderedIds']);
    });

    it('on values: a signed-off period, a period of another strategy, an over-long note', async () => {
      const indicator = await create({ name: 'Incidents in schools', unit: 'incidents' });
      const signedOff = await fx.period('signed_off');
      const message = await expectRefused(
        RECORD,
        { indicatorId: indicator.id, periodId: signedOff.id, value: 3 },
        ['input.periodId'],
        senior,
      );
      expect(message).toMatch(/signed off/);
      const other = await newStrategy('Other plan');
      const [foreign]: Array<{ id: string }> = await api.dataSource.query(
        `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline) VALUES ($1, 'Q1', '2025-04-01', '2025-06-30', '2025-07-10') RETURNING id`,
        [other],
      );
      await expectRefused(RECORD, { indicatorId: indicator.id, periodId: foreign.id, value: 3 }, ['input.periodId']);
      const open = await fx.period('open');
      await expectRefused(RECORD, { indicatorId: indicator.id, periodId: open.id, value: 3, note: 'n'.repeat(2001) }, [
        'input.note',
      ]);
      await expectRefused(RECORD, { indicatorId: indicator.id, periodId: open.id, value: -1e16 }, ['input.value']);
    });
  });

  it('answers NOT_FOUND for unknown or malformed strategies and indicators', async () => {
    expect((await api.graphql(LIST, { strategyId: 'not-a-uuid' }, admin)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await api.graphql(LIST, { strategyId: '00000000-0000-4000-8000-000000000000' }, admin)).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    const period = await fx.period('open');
    const missing = await api.graphql(
      RECORD,
      { input: { indicatorId: '00000000-0000-4000-8000-000000000000', periodId: period.id, value: 1 } },
      admin,
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('reads indicators in the same two statements for 3 and for 60 indicators with 4 periods of values', async () => {
    async function seed(count: number): Promise<string> {
      const strategyId = await newStrategy(`Sized ${count}`);
      await api.dataSource.query(
        `INSERT INTO reporting_period (strategy_id, name, starts_on, ends_on, update_deadline)
         SELECT $1, 'Q' || n, DATE '2025-04-01' + (n - 1) * 91, DATE '2025-04-01' + n * 91 - 1, DATE '2025-04-01' + n * 91 + 9 FROM generate_series(1, 4) n`,
        [strategyId],
      );
      await api.dataSource.query(
        `INSERT INTO indicator (strategy_id, name, unit, direction, sort_order) SELECT $1, 'Indicator ' || n, '%', 'higher_is_better', n FROM generate_series(1, $2) n`,
        [strategyId, count],
      );
      await api.dataSource.query(
        `INSERT INTO indicator_value (indicator_id, period_id, value)
         SELECT i.id, p.id, i.sort_order * 10 + row_number() OVER (PARTITION BY i.id ORDER BY p.starts_on)
           FROM indicator i JOIN reporting_period p ON p.strategy_id = i.strategy_id WHERE i.strategy_id = $1`,
        [strategyId],
      );
      return strategyId;
    }
    async function measure(strategyId: string): Promise<{ statements: number; list: Indicator[] }> {
      await ok(LIST, { strategyId }); // warm-up: session store, metadata
      api.statements.reset();
      const list = await ok<Indicator[]>(LIST, { strategyId });
      return { statements: api.statements.statements, list };
    }
    const small = await measure(await seed(3));
    const large = await measure(await seed(60));
    expect(small.list).toHaveLength(3);
    expect(large.list).toHaveLength(60);
    expect(large.list.every((i) => i.values.map((v) => v.periodName).join() === 'Q1,Q2,Q3,Q4')).toBe(true);
    expect(large.list[59].values.map((v) => v.value)).toEqual([601, 602, 603, 604]);
    expect(large.statements).toBe(small.statements);
    // Same request overhead (session, actor) as `partnership`, which reads one row: indicators adds one more.
    await ok(`{ partnership { id } }`, {});
    api.statements.reset();
    await ok(`{ partnership { id } }`, {});
    expect(large.statements - api.statements.statements).toBe(1);
    console.info(
      `indicators(strategyId) statements: ${small.statements} at 3 indicators, ${large.statements} at 60 indicators (x4 periods)`,
    );
  });
});
