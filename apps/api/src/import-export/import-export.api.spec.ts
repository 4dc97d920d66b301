import { XMLParser } from 'fast-xml-parser';
import { uploadPlan } from '../testing/plan-upload';
import { createPersonWithPassword, signInAs } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const PREVIEW = `
  fragment P on PlanImportPreview {
    strategyId strategyTitle newStrategy rowsRead canApply applied
    counts { entity created updated unchanged }
    problems { row column columnLetter message }
    ignoredColumns { letter header reason }
  }`;
const PREVIEW_MUTATION = `mutation($input: PlanImportInput!) { previewPlanImport(input: $input) { ...P } } ${PREVIEW}`;
const APPLY_MUTATION = `mutation($input: PlanImportInput!) { applyPlanImport(input: $input) { ...P } } ${PREVIEW}`;

const file = [
  'Theme no,Theme,Objective,Action ref,Action,Lead organisation,Due date,Status,RAG,Period,Progress,Notes',
  '1,Raise awareness,Increase reporting,A1,Awareness week,City Council,31/03/2019,In progress,Green,2018/19 Q1,Planned,ignore me',
  '1,Raise awareness,Increase reporting,A1,Awareness week,City Council,31/03/2019,In progress,Amber,2018/19 Q2,Slipping,',
  '',
].join('\r\n');

describe('plan import and export over GraphQL and HTTP', () => {
  let api: TestApp;
  let admin: string;
  let viewer: string;

  beforeAll(async () => {
    api = await startTestApp();
    const a = await createPersonWithPassword(api, { email: 'admin@import.test', isAdministrator: true });
    await createPersonWithPassword(api, { email: 'viewer@import.test', partnershipId: a.partnershipId });
    admin = await signInAs(api, 'admin@import.test');
    viewer = await signInAs(api, 'viewer@import.test');
    uploadId = await uploadPlan(api, admin, 'plan.csv', '\uFEFF' + file);
  });
  let uploadId: string;
  const input = (extra: Record<string, unknown>) => ({ uploadId, ...extra });
  afterAll(() => api.close());

  it('previews, applies, and re-applies an import as an administrator; refuses others', async () => {
    const newStrategy = { title: 'Hate Crime Strategy', startYear: 2018, endYear: 2021 };
    const denied = await api.graphql(PREVIEW_MUTATION, { input: input({ newStrategy }) }, viewer);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(PREVIEW_MUTATION, { input: input({ newStrategy }) });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const preview = await api.graphql<{ previewPlanImport: Record<string, unknown> }>(
      PREVIEW_MUTATION,
      { input: input({ newStrategy }) },
      admin,
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.previewPlanImport).toMatchObject({
      strategyId: null,
      newStrategy: true,
      rowsRead: 2,
      canApply: true,
      applied: false,
      problems: [],
      ignoredColumns: [{ letter: 'L', header: 'Notes', reason: 'not a template column' }],
    });
    const applied = await api.graphql<{ applyPlanImport: { strategyId: string; counts: unknown[] } }>(
      APPLY_MUTATION,
      { input: input({ newStrategy }) },
      admin,
    );
    expect(applied.errors).toBeUndefined();
    const strategyId = applied.data?.applyPlanImport.strategyId as string;
    expect(applied.data?.applyPlanImport.counts).toContainEqual({
      entity: 'update',
      created: 2,
      updated: 0,
      unchanged: 0,
    });

    const again = await api.graphql<{ applyPlanImport: { counts: { created: number; updated: number }[] } }>(
      APPLY_MUTATION,
      { input: input({ strategyId }) },
      admin,
    );
    expect(again.data?.applyPlanImport.counts.every((c) => c.created === 0 && c.updated === 0)).toBe(true);

    const badUpload = await uploadPlan(api, admin, 'plan.csv', 'Theme,Action,RAG,Period\nT,,Purple,2018/19 Q1\n');
    const bad = await api.graphql(APPLY_MUTATION, { input: { strategyId, uploadId: badUpload } }, admin);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'row 2, column B (Action)', message: 'Action text is missing.' },
        {
          field: 'row 2, column C (RAG)',
          message: '"Purple" is not a RAG rating: use Red, Amber or Green (or R, A, G)',
        },
      ],
    });
  });

  it('serves the template, the plan export, StratML and the backup to signed-in people', async () => {
    expect((await fetch(`${api.baseUrl}/api/export/template.csv`)).status).toBe(401);
    const template = await fetch(`${api.baseUrl}/api/export/template.csv`, { headers: { cookie: viewer } });
    expect(template.status).toBe(200);
    const text = await template.text();
    expect(text.split('\r\n')[0]).toBe(
      'Theme no,Theme,Objective,Action ref,Action,Lead organisation,Lead officer,Delivery group,Supporting organisations,Start date,Due date,Status,RAG,Period,Progress,Review state',
    );
    const xlsx = await fetch(`${api.baseUrl}/api/export/template.xlsx`, { headers: { cookie: viewer } });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');

    const [strategy]: { id: string }[] = await api.dataSource.query(
      `SELECT id FROM strategy WHERE title = 'Hate Crime Strategy'`,
    );
    const plan = await fetch(`${api.baseUrl}/api/export/strategies/${strategy.id}/plan.csv`, {
      headers: { cookie: viewer },
    });
    expect(plan.status).toBe(200);
    expect((await plan.text()).split('\r\n').filter(Boolean)).toHaveLength(3);

    const stratml = await fetch(`${api.baseUrl}/api/export/strategies/${strategy.id}/stratml.xml`, {
      headers: { cookie: viewer },
    });
    expect(stratml.status).toBe(200);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(await stratml.text());
    expect(doc.PerformancePlanOrReport['@_Type']).toBe('Performance_Report');

    expect((await fetch(`${api.baseUrl}/api/export/backup.json`, { headers: { cookie: viewer } })).status).toBe(403);
    const backup = await fetch(`${api.baseUrl}/api/export/backup.json`, { headers: { cookie: admin } });
    expect(backup.status).toBe(200);
    const json = (await backup.json()) as { format: string; tables: Record<string, unknown[]> };
    expect(json.format).toBe('waymark-partnership-backup');
    expect(json.tables['action']).toHaveLength(1);
    expect(JSON.stringify(json)).not.toContain('password');
  });
});
