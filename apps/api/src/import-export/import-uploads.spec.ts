import { postPlanUpload, uploadPlan } from '../testing/plan-upload';
import { createPersonWithPassword, signInAs } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const PREVIEW = 'mutation($input: PlanImportInput!) { previewPlanImport(input: $input) { rowsRead canApply } }';
const PLAN = [
  'Theme no,Theme,Action ref,Action,Due date,Status,RAG,Period,Progress',
  '1,Awareness,A1,Awareness week,31/03/2019,In progress,Green,2018/19 Q1,Planned',
  '',
].join('\r\n');
const NEW_STRATEGY = { title: 'Uploaded strategy', startYear: 2018, endYear: 2021 };
const MB = 1024 * 1024;

const stagedUploads = async (api: TestApp): Promise<number> =>
  (await api.dataSource.query(`SELECT count(*)::int AS n FROM import_upload`))[0].n;

describe('plan uploads: POST /api/import/uploads, then previewPlanImport / applyPlanImport by id', () => {
  let api: TestApp;
  let admin: string;
  let otherAdmin: string;
  let viewer: string;

  beforeAll(async () => {
    api = await startTestApp({ env: { WAYMARK_IMPORTS_PER_PERSON: '8', WAYMARK_EXPORTS_PER_PERSON: '3' } });
    const a = await createPersonWithPassword(api, { email: 'admin@uploads.test', isAdministrator: true });
    await createPersonWithPassword(api, {
      email: 'other-admin@uploads.test',
      isAdministrator: true,
      partnershipId: a.partnershipId,
    });
    await createPersonWithPassword(api, { email: 'viewer@uploads.test', partnershipId: a.partnershipId });
    await createPersonWithPassword(api, {
      email: 'limited@uploads.test',
      isAdministrator: true,
      partnershipId: a.partnershipId,
    });
    admin = await signInAs(api, 'admin@uploads.test');
    otherAdmin = await signInAs(api, 'other-admin@uploads.test');
    viewer = await signInAs(api, 'viewer@uploads.test');
  });
  afterAll(() => api.close());

  it('stages an administrator’s file and previews it by id; nobody else can use the id', async () => {
    const answer = await postPlanUpload(api, admin, 'Plan – 2018.csv', PLAN);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      uploadId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: 'Plan – 2018.csv',
      byteSize: Buffer.byteLength(PLAN),
    });
    const uploadId = answer.body.uploadId as string;

    const preview = await api.graphql(PREVIEW, { input: { uploadId, newStrategy: NEW_STRATEGY } }, admin);
    expect(preview.errors).toBeUndefined();
    expect(preview.data).toEqual({ previewPlanImport: { rowsRead: 1, canApply: true } });

    // Another administrator of the same partnership gets the answer an unknown id gets.
    const theirs = await api.graphql(PREVIEW, { input: { uploadId, newStrategy: NEW_STRATEGY } }, otherAdmin);
    const unknown = await api.graphql(
      PREVIEW,
      { input: { uploadId: '00000000-0000-4000-8000-000000000000', newStrategy: NEW_STRATEGY } },
      otherAdmin,
    );
    expect(theirs.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.uploadId', message: expect.stringMatching(/not found.*Choose the file again/) }],
    });
    expect(theirs.errors?.[0].extensions).toEqual(unknown.errors?.[0].extensions);
  });

  it('refuses, before reading the body and storing nothing: no session, not an administrator, no CSRF header, not multipart', async () => {
    const before = await stagedUploads(api);
    expect((await postPlanUpload(api, undefined, 'plan.csv', PLAN)).status).toBe(401);
    expect(await postPlanUpload(api, viewer, 'plan.csv', PLAN)).toMatchObject({
      status: 403,
      body: { error: 'FORBIDDEN' },
    });
    const noHeader = await postPlanUpload(api, admin, 'plan.csv', PLAN, {});
    expect(noHeader).toMatchObject({
      status: 400,
      body: { message: expect.stringMatching(/Cross-Site Request Forgery/) },
    });
    const json = await fetch(`${api.baseUrl}/api/import/uploads`, {
      method: 'POST',
      headers: { cookie: admin, 'apollo-require-preflight': 'true', 'content-type': 'application/json' },
      body: JSON.stringify({ file: PLAN }),
    });
    expect(json.status).toBe(415);
    expect(await postPlanUpload(api, admin, 'plan.pdf', PLAN)).toMatchObject({
      status: 400,
      body: { error: 'BAD_USER_INPUT', message: expect.stringMatching(/\.xlsx.*\.csv/) },
    });
    expect(await stagedUploads(api)).toBe(before);
  });

  it('answers 413 for a file over 10 MB, whether its size is declared or streamed without a length, and stays up', async () => {
    const before = await stagedUploads(api);
    const declared = await postPlanUpload(api, admin, 'plan.csv', Buffer.alloc(12 * MB, 'a'));
    expect(declared).toMatchObject({
      status: 413,
      body: { error: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/larger than 10 MB/) },
    });
    expect(declared.headers.get('connection')).toBe('close');

    // Chunked (no Content-Length): multer stops buffering at the limit.
    const boundary = 'waymark-test-boundary';
    const chunks = [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
    ];
    for (let i = 0; i < 11; i++) chunks.push(Buffer.alloc(MB, 'b'));
    chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(new Uint8Array(next));
        else controller.close();
      },
    });
    const streamed = await fetch(`${api.baseUrl}/api/import/uploads`, {
      method: 'POST',
      headers: {
        cookie: admin,
        'apollo-require-preflight': 'true',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
      duplex: 'half',
    } as RequestInit).catch((error: Error) => ({ status: `network: ${error.message}` }));
    expect(streamed.status).toBe(413);
    expect(await stagedUploads(api)).toBe(before);
    expect((await api.graphql('{ serverVersion }')).data).toEqual({ serverVersion: expect.any(String) });
  });

  it('counts uploads and previews against the person’s allowance atomically, then answers 429 / TOO_MANY_REQUESTS', async () => {
    const limited = await signInAs(api, 'limited@uploads.test');
    // 12 uploads at once against an allowance of 8: exactly 8 are staged.
    const answers = await Promise.all(Array.from({ length: 12 }, () => postPlanUpload(api, limited, 'plan.csv', PLAN)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(8);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.map((a) => a.status)).toEqual(Array(4).fill(429));
    expect(refused[0].body).toMatchObject({
      error: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/too many import requests.*Wait \d+ seconds/),
    });
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThan(0);

    const uploadId = answers.find((a) => a.status === 201)?.body.uploadId;
    const preview = await api.graphql(PREVIEW, { input: { uploadId, newStrategy: NEW_STRATEGY } }, limited);
    expect(preview.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/too many import requests/),
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
    });
    // Someone else is not slowed down by it.
    expect(
      (
        await api.graphql(
          PREVIEW,
          { input: { uploadId: await uploadPlan(api, otherAdmin, 'plan.csv', PLAN), newStrategy: NEW_STRATEGY } },
          otherAdmin,
        )
      ).errors,
    ).toBeUndefined();
  });

  it('counts downloads against the person’s export allowance: 429 with Retry-After past it, for reports and exports alike', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await fetch(`${api.baseUrl}/api/export/template.csv`, { headers: { cookie: viewer } })).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await fetch(`${api.baseUrl}/api/export/template.csv`, { headers: { cookie: viewer } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      error: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/too many downloads/),
    });
    const report = await fetch(
      `${api.baseUrl}/api/reports/board-update?strategy=00000000-0000-4000-8000-000000000000&format=csv`,
      { headers: { cookie: viewer } },
    );
    expect(report.status).toBe(429);
    expect((await fetch(`${api.baseUrl}/api/export/template.csv`, { headers: { cookie: admin } })).status).toBe(200);
  });
});
