import { seedStrategy, signedInAdmin } from '../structure/structure-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

describe('report downloads when the export queue is full', () => {
  let api: TestApp;
  let cookie: string;
  let strategyId: string;

  beforeAll(async () => {
    // No export may wait: while one large DOCX renders on the only general worker, the next is refused.
    api = await startTestApp({ env: { WAYMARK_REPORT_WORKERS: '1', WAYMARK_REPORT_QUEUE_LIMIT: '0' } });
    const admin = await signedInAdmin(api);
    cookie = admin.cookie;
    ({ strategyId } = await seedStrategy(api, admin.partnershipId, { themes: 10, actions: 3_000, periods: 2 }));
  }, 120_000);
  afterAll(() => api.close());

  const download = (format: string) =>
    fetch(`${api.baseUrl}/api/reports/board-update?${new URLSearchParams({ strategy: strategyId, format })}`, {
      headers: { cookie },
    });

  it('answers 503 with Retry-After at once instead of queueing, and renders the export already running', async () => {
    const first = download('docx');
    await new Promise((done) => setTimeout(done, 300));
    const started = performance.now();
    const refused = await download('xlsx');
    const refusedMs = performance.now() - started;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({
      error: 'SERVICE_UNAVAILABLE',
      message: expect.stringMatching(/busy.*try again/i),
    });
    expect((await first).status).toBe(200);
    expect(refusedMs).toBeLessThan(2_000);
  }, 120_000);
});
