import { startTestApp, TestApp } from '../testing/test-app';
import { gqlOk, signedInAdmin } from './structure-fixture';

const CREATE = `mutation($input: CreateReportingPeriodInput!) { createReportingPeriod(input: $input) { id name startsOn endsOn updateDeadline state version } }`;
const UPDATE = `mutation($input: UpdateReportingPeriodInput!) { updateReportingPeriod(input: $input) { id name updateDeadline version } }`;

describe('reporting period set-up', () => {
  let api: TestApp;
  let cookie: string;
  let strategyId: string;

  beforeAll(async () => {
    api = await startTestApp();
    ({ cookie } = await signedInAdmin(api));
    const created = await gqlOk(
      api,
      cookie,
      `mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`,
      {
        input: { title: 'Annual plan 2019/20', startsOn: '2019-04-01', endsOn: '2020-03-31', hasObjectiveLevel: false },
      },
    );
    strategyId = created['createStrategy'].id;
  });
  afterAll(() => api.close());

  it('creates an open period and edits its deadline with the version it loaded', async () => {
    const period = (
      await gqlOk(api, cookie, CREATE, {
        input: {
          strategyId,
          name: 'Quarter 1 2019/20',
          startsOn: '2019-04-01',
          endsOn: '2019-06-30',
          updateDeadline: '2019-07-14',
        },
      })
    )['createReportingPeriod'];
    expect(period).toMatchObject({ name: 'Quarter 1 2019/20', state: 'Open', version: 1 });
    const moved = (
      await gqlOk(api, cookie, UPDATE, { input: { id: period.id, version: 1, updateDeadline: '2019-07-21' } })
    )['updateReportingPeriod'];
    expect(moved).toMatchObject({ updateDeadline: '2019-07-21', version: 2 });
    const stale = await api.graphql(
      UPDATE,
      { input: { id: period.id, version: 1, updateDeadline: '2019-08-01' } },
      cookie,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [row] = await api.dataSource.query(`SELECT update_deadline FROM reporting_period WHERE id = $1`, [period.id]);
    expect(row.update_deadline).toBe('2019-07-21');
    const tree = await gqlOk(
      api,
      cookie,
      `query($id: ID!) { strategy(id: $id) { hasObjectiveLevel periods { name } } }`,
      { id: strategyId },
    );
    expect(tree['strategy']).toEqual({ hasObjectiveLevel: false, periods: [{ name: 'Quarter 1 2019/20' }] });
  });

  it('rejects an end before the start and a duplicate name, naming the fields', async () => {
    const backwards = await api.graphql(
      CREATE,
      {
        input: {
          strategyId,
          name: 'Backwards',
          startsOn: '2019-07-01',
          endsOn: '2019-06-30',
          updateDeadline: '2019-07-14',
        },
      },
      cookie,
    );
    expect(backwards.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.endsOn', message: 'The end date must be on or after the start date.' },
    ]);
    const duplicate = await api.graphql(
      CREATE,
      {
        input: {
          strategyId,
          name: 'quarter 1 2019/20',
          startsOn: '2019-07-01',
          endsOn: '2019-09-30',
          updateDeadline: '2019-10-14',
        },
      },
      cookie,
    );
    expect(duplicate.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.name', message: 'This strategy already has a period with this name.' },
    ]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM reporting_period WHERE strategy_id = $1`,
      [strategyId],
    );
    expect(n).toBe(1);
  });

  it("refuses dates outside the strategy's years and overlapping periods, naming the field, and changes nothing", async () => {
    const before = await api.dataSource.query(
      `SELECT id, starts_on, ends_on, version FROM reporting_period WHERE strategy_id = $1 ORDER BY starts_on`,
      [strategyId],
    );
    const outside = await api.graphql(
      CREATE,
      {
        input: {
          strategyId,
          name: 'Too late',
          startsOn: '2020-01-01',
          endsOn: '2020-04-30',
          updateDeadline: '2020-05-14',
        },
      },
      cookie,
    );
    expect(outside.errors?.[0].extensions?.['fields']).toEqual([
      {
        field: 'input.endsOn',
        message: "The end date must be within the strategy's years (1 Apr 2019 to 31 Mar 2020).",
      },
    ]);
    const early = await api.graphql(
      CREATE,
      {
        input: {
          strategyId,
          name: 'Too early',
          startsOn: '2019-03-01',
          endsOn: '2019-03-31',
          updateDeadline: '2019-04-14',
        },
      },
      cookie,
    );
    expect(early.errors?.[0].extensions?.['fields']).toEqual([
      {
        field: 'input.startsOn',
        message: "The start date must be within the strategy's years (1 Apr 2019 to 31 Mar 2020).",
      },
      {
        field: 'input.endsOn',
        message: "The end date must be within the strategy's years (1 Apr 2019 to 31 Mar 2020).",
      },
    ]);
    const overlap = await api.graphql(
      CREATE,
      {
        input: {
          strategyId,
          name: 'Overlapping',
          startsOn: '2019-06-01',
          endsOn: '2019-08-31',
          updateDeadline: '2019-09-14',
        },
      },
      cookie,
    );
    expect(overlap.errors?.[0].extensions?.['fields']).toEqual([
      {
        field: 'input.startsOn',
        message:
          'These dates overlap the period "Quarter 1 2019/20" (1 Apr 2019 to 30 Jun 2019): periods of a strategy cannot overlap.',
      },
    ]);
    const q2 = (
      await gqlOk(api, cookie, CREATE, {
        input: {
          strategyId,
          name: 'Quarter 2 2019/20',
          startsOn: '2019-07-01',
          endsOn: '2019-09-30',
          updateDeadline: '2019-10-14',
        },
      })
    )['createReportingPeriod'];
    const stretched = await api.graphql(
      UPDATE,
      { input: { id: q2.id, version: q2.version, endsOn: '2019-10-31' } },
      cookie,
    );
    expect(stretched.errors).toBeUndefined();
    const back = await api.graphql(UPDATE, { input: { id: q2.id, version: 2, startsOn: '2019-06-15' } }, cookie);
    expect(back.errors?.[0].extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'input.startsOn', message: expect.stringContaining('"Quarter 1 2019/20"') }),
    ]);
    const after = await api.dataSource.query(
      `SELECT id, starts_on, ends_on, version FROM reporting_period WHERE strategy_id = $1 AND id <> $2 ORDER BY starts_on`,
      [strategyId, q2.id],
    );
    expect(after).toEqual(before);
  });

  it('refuses objectives on a strategy without an objective level', async () => {
    const theme = (
      await gqlOk(api, cookie, `mutation($input: CreateThemeInput!) { createTheme(input: $input) { id } }`, {
        input: { strategyId, title: 'Key objective 1' },
      })
    )['createTheme'];
    const refused = await api.graphql(
      `mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }`,
      { input: { themeId: theme.id, title: 'Not here' } },
      cookie,
    );
    expect(refused.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.themeId', message: 'This strategy has no objective level: add actions directly to the theme.' },
    ]);
    const action = (
      await gqlOk(
        api,
        cookie,
        `mutation($input: CreateActionInput!) { createAction(input: $input) { numberLabel objectiveId } }`,
        { input: { themeId: theme.id, title: 'Commitment' } },
      )
    )['createAction'];
    expect(action).toEqual({ numberLabel: 'i)', objectiveId: null });
  });
});
