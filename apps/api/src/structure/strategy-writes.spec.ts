import { createSignedInPerson } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';
import { gqlOk, signedInAdmin } from './structure-fixture';

const CREATE_STRATEGY = `mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id version themeLabel hasObjectiveLevel ragDefinitions { red amber green } } }`;
const CREATE_THEME = `mutation($input: CreateThemeInput!) { createTheme(input: $input) { id number version } }`;
const CREATE_OBJECTIVE = `mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id number version } }`;
const ACTION_FIELDS = `id number numberLabel title version startsOn originalDueOn currentDueOn rescheduleCount objectiveId themeId leadOrganisationName supportingOrganisations { id name }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { ${ACTION_FIELDS} } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { ${ACTION_FIELDS} } }`;

describe('strategy structure mutations', () => {
  let api: TestApp;
  let cookie: string;
  let strategyId: string;
  let themeA: string;
  let themeB: string;
  let objectiveA1: string;
  let objectiveB1: string;

  beforeAll(async () => {
    api = await startTestApp();
    ({ cookie } = await signedInAdmin(api));
    const created = await gqlOk(api, cookie, CREATE_STRATEGY, {
      input: {
        title: 'Hate Crime Strategy 2018–2021',
        startsOn: '2018-04-01',
        endsOn: '2021-03-31',
        themeLabel: 'Strategic Aim',
        ragDefinitions: { red: 'Needs the board' },
      },
    });
    strategyId = created['createStrategy'].id;
    expect(created['createStrategy'].themeLabel).toBe('Strategic Aim');
    expect(created['createStrategy'].ragDefinitions.red).toBe('Needs the board');
    expect(created['createStrategy'].ragDefinitions.green).toMatch(/On track/);
    themeA = (await gqlOk(api, cookie, CREATE_THEME, { input: { strategyId, title: 'Raise awareness' } }))[
      'createTheme'
    ].id;
    const second = (await gqlOk(api, cookie, CREATE_THEME, { input: { strategyId, title: 'Improve reporting' } }))[
      'createTheme'
    ];
    themeB = second.id;
    expect(second.number).toBe(2);
    objectiveA1 = (
      await gqlOk(api, cookie, CREATE_OBJECTIVE, { input: { themeId: themeA, title: 'Understand the picture' } })
    )['createObjective'].id;
    objectiveB1 = (
      await gqlOk(api, cookie, CREATE_OBJECTIVE, { input: { themeId: themeB, title: 'Make reporting easy' } })
    )['createObjective'].id;
  });
  afterAll(() => api.close());

  const countRows = async (table: string) =>
    Number((await api.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('numbers actions i), ii), iii) within their objective and renumbers after a reorder', async () => {
    const ids: string[] = [];
    for (const title of ['First', 'Second', 'Third']) {
      const action = (
        await gqlOk(api, cookie, CREATE_ACTION, { input: { themeId: themeA, objectiveId: objectiveA1, title } })
      )['createAction'];
      ids.push(action.id);
    }
    const themeLevel = (
      await gqlOk(api, cookie, CREATE_ACTION, { input: { themeId: themeA, title: 'Directly under the theme' } })
    )['createAction'];
    expect(themeLevel.numberLabel).toBe('i)');
    const reordered = await gqlOk(
      api,
      cookie,
      `mutation($input: ReorderInput!) { reorderActions(input: $input) { themes { objectives { actions { title numberLabel } } } } }`,
      {
        input: { parentId: objectiveA1, orderedIds: [ids[2], ids[0], ids[1]] },
      },
    );
    expect(reordered['reorderActions'].themes[0].objectives[0].actions).toEqual([
      { title: 'Third', numberLabel: 'i)' },
      { title: 'First', numberLabel: 'ii)' },
      { title: 'Second', numberLabel: 'iii)' },
    ]);
    const badOrder = await api.graphql(
      `mutation($input: ReorderInput!) { reorderActions(input: $input) { id } }`,
      { input: { parentId: objectiveA1, orderedIds: [ids[0]] } },
      cookie,
    );
    expect(badOrder.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badOrder.errors?.[0].extensions?.['fields'])).toContain('input.orderedIds');
  });

  it('reorders themes and derives their numbers', async () => {
    const result = await gqlOk(
      api,
      cookie,
      `mutation($input: ReorderInput!) { reorderThemes(input: $input) { themes { id number } } }`,
      {
        input: { parentId: strategyId, orderedIds: [themeB, themeA] },
      },
    );
    expect(result['reorderThemes'].themes).toEqual([
      { id: themeB, number: 1 },
      { id: themeA, number: 2 },
    ]);
  });

  it('keeps the original due date and counts reschedules when the due date moves', async () => {
    const created = (
      await gqlOk(api, cookie, CREATE_ACTION, {
        input: {
          themeId: themeB,
          objectiveId: objectiveB1,
          title: 'Third-party reporting centres',
          startsOn: '2018-04-01',
          currentDueOn: '2018-12-31',
        },
      })
    )['createAction'];
    expect(created).toMatchObject({
      originalDueOn: '2018-12-31',
      currentDueOn: '2018-12-31',
      rescheduleCount: 0,
      version: 1,
    });
    const moved = (
      await gqlOk(api, cookie, UPDATE_ACTION, { input: { id: created.id, version: 1, currentDueOn: '2019-03-31' } })
    )['updateAction'];
    expect(moved).toMatchObject({
      originalDueOn: '2018-12-31',
      currentDueOn: '2019-03-31',
      rescheduleCount: 1,
      version: 2,
    });
    const retitled = (
      await gqlOk(api, cookie, UPDATE_ACTION, { input: { id: created.id, version: 2, title: 'Reporting centres' } })
    )['updateAction'];
    expect(retitled).toMatchObject({ rescheduleCount: 1, version: 3, title: 'Reporting centres' });
    const audit = await api.dataSource.query(
      `SELECT operation, changes FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
      [created.id],
    );
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(['create', 'update', 'update']);
    expect(audit[1].changes.currentDueOn).toEqual({ before: '2018-12-31', after: '2019-03-31' });
    const history = await gqlOk(
      api,
      cookie,
      `query($id: ID!) { actionHistory(actionId: $id) { entityType operation } }`,
      { id: created.id },
    );
    expect(history['actionHistory'].map((h: { operation: string }) => h.operation)).toEqual([
      'create',
      'update',
      'update',
    ]);
  });

  it('refuses the second of two writers who loaded the same version, keeping the first writer’s value', async () => {
    const action = (
      await gqlOk(api, cookie, CREATE_ACTION, {
        input: { themeId: themeB, objectiveId: objectiveB1, title: 'Original title' },
      })
    )['createAction'];
    const first = await api.graphql(
      UPDATE_ACTION,
      { input: { id: action.id, version: 1, title: 'First writer' } },
      cookie,
    );
    const second = await api.graphql(
      UPDATE_ACTION,
      { input: { id: action.id, version: 1, title: 'Second writer' } },
      cookie,
    );
    expect(first.errors).toBeUndefined();
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [row] = await api.dataSource.query(`SELECT title, version FROM action WHERE id = $1`, [action.id]);
    expect(row).toEqual({ title: 'First writer', version: 2 });
  });

  it('rejects a due date before the start date, naming the field and writing nothing', async () => {
    const action = (
      await gqlOk(api, cookie, CREATE_ACTION, {
        input: { themeId: themeB, title: 'Dated', startsOn: '2019-01-01', currentDueOn: '2019-06-30' },
      })
    )['createAction'];
    const auditBefore = await countRows('audit_entry');
    const result = await api.graphql(
      UPDATE_ACTION,
      { input: { id: action.id, version: 1, currentDueOn: '2018-12-31', title: 'Changed' } },
      cookie,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.currentDueOn', message: 'The due date must be on or after the start date.' },
    ]);
    const [row] = await api.dataSource.query(`SELECT title, current_due_on, version FROM action WHERE id = $1`, [
      action.id,
    ]);
    expect(row).toEqual({ title: 'Dated', current_due_on: '2019-06-30', version: 1 });
    expect(await countRows('audit_entry')).toBe(auditBefore);
  });

  it('rejects an objective from another theme and decorator failures, with field names', async () => {
    const actionsBefore = await countRows('action');
    const wrongTheme = await api.graphql(
      CREATE_ACTION,
      { input: { themeId: themeA, objectiveId: objectiveB1, title: 'Misplaced' } },
      cookie,
    );
    expect(wrongTheme.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongTheme.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.objectiveId', message: 'The objective must belong to the same theme as the action.' },
    ]);
    const blank = await api.graphql(
      CREATE_ACTION,
      { input: { themeId: themeA, title: '', currentDueOn: '31/12/2019' } },
      cookie,
    );
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (blank.errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.title', 'input.currentDueOn']));
    expect(await countRows('action')).toBe(actionsBefore);
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const read = await api.graphql(`query($id: ID!) { strategy(id: $id) { id } }`, { id: unknown }, cookie);
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await api.graphql(`query { strategy(id: "not-a-uuid") { id } }`, {}, cookie);
    expect(malformed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const update = await api.graphql(UPDATE_ACTION, { input: { id: unknown, version: 1, title: 'x' } }, cookie);
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const create = await api.graphql(CREATE_ACTION, { input: { themeId: unknown, title: 'x' } }, cookie);
    expect(create.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('archives an action so the tree no longer shows it, and refuses non-administrators', async () => {
    const action = (await gqlOk(api, cookie, CREATE_ACTION, { input: { themeId: themeB, title: 'To archive' } }))[
      'createAction'
    ];
    const tree = await gqlOk(
      api,
      cookie,
      `mutation($input: VersionedRefInput!) { archiveAction(input: $input) { themes { actions { id } objectives { actions { id } } } } }`,
      {
        input: { id: action.id, version: 1 },
      },
    );
    expect(JSON.stringify(tree)).not.toContain(action.id);
    const [{ partnership_id }] = await api.dataSource.query(`SELECT partnership_id FROM strategy WHERE id = $1`, [
      strategyId,
    ]);
    const { cookie: viewer } = await createSignedInPerson(api, {
      email: 'reader@example.org',
      partnershipId: partnership_id,
    });
    const refused = await api.graphql(CREATE_THEME, { input: { strategyId, title: 'Not allowed' } }, viewer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const readable = await gqlOk(api, viewer, `query($id: ID!) { strategy(id: $id) { id } }`, { id: strategyId });
    expect(readable['strategy'].id).toBe(strategyId);
  });
});
