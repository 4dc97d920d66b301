import { TEST_PASSWORD, createPersonWithPassword, trySignIn } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';
import { LogCapture } from './log-capture';

const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';

describe('structured logs and metrics', () => {
  let api: TestApp;
  const logs = new LogCapture();
  beforeAll(async () => {
    api = await startTestApp({ env: { LOG_LEVEL: 'info', METRICS_TOKEN }, logDestination: logs });
  });
  afterAll(() => api.close());

  const requestLine = (id: string) => logs.lines.find((l) => (l['req'] as { id?: string } | undefined)?.id === id);

  it('logs each request once as JSON with its id, operation and person, and never a password, cookie or token', async () => {
    const person = await createPersonWithPassword(api, { email: 'logged@example.test' });
    const signIn = await trySignIn(api, person.email, TEST_PASSWORD, { 'x-request-id': 'lb-req-0001' });
    expect(signIn.cookie).toMatch(/^waymark\.sid=/);
    const me = await fetch(`${api.baseUrl}/graphql?token=secret-link-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: signIn.cookie as string, authorization: 'Bearer abc' },
      body: JSON.stringify({ query: 'query WhoAmI { me { email } }' }),
    });
    const id = me.headers.get('x-request-id') as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(requestLine('lb-req-0001')).toMatchObject({
      level: 30,
      operation: 'mutation SignIn',
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(requestLine(id)).toMatchObject({
      operation: 'query WhoAmI',
      personId: person.personId,
      req: { path: '/graphql' },
    });
    const all = logs.raw.join('\n');
    const sessionId = (signIn.cookie as string).split('=')[1];
    for (const secret of [TEST_PASSWORD, sessionId, 'secret-link-token', 'Bearer abc'])
      expect(all).not.toContain(secret);
  });

  it('serves Prometheus metrics only with the token', async () => {
    expect((await fetch(`${api.baseUrl}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token-00' } }))
        .status,
    ).toBe(401);
    await api.graphql('query Version { serverVersion }');
    const response = await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(
      /waymark_graphql_operation_duration_seconds_count\{operation="Version",type="query",outcome="ok"\} 1/,
    );
    expect(text).toMatch(
      /waymark_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/,
    );
    expect(text).toMatch(/waymark_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/waymark_report_jobs\{state="queued"\} 0/);
    expect(text).toMatch(/nodejs_eventloop_lag_p99_seconds \d/);
  });
});

describe('metrics without a token', () => {
  it('are not served at all', async () => {
    const api = await startTestApp();
    try {
      expect((await fetch(`${api.baseUrl}/metrics`)).status).toBe(404);
    } finally {
      await api.close();
    }
  });
});
