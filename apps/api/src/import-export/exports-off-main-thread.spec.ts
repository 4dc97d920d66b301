import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ReportService } from '@waymark/api/reporting/feature';
import { seedStrategy, signedInAdmin } from '../structure/structure-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

/** Before the move, 100,000 actions stalled `/health` 8.9 s; the XML and JSON are now built in the report worker pool. */
describe('StratML and backup downloads render off the main thread', () => {
  let api: TestApp;
  let cookie: string;
  let strategyId: string;

  beforeAll(async () => {
    // Seeding 20,000 actions is one long INSERT; on a busy machine it outlasts a request's 5 s statement timeout.
    api = await startTestApp({ env: { WAYMARK_REPORT_WORKERS: '1', DATABASE_STATEMENT_TIMEOUT_MS: '60000' } });
    const admin = await signedInAdmin(api);
    cookie = admin.cookie;
    ({ strategyId } = await seedStrategy(api, admin.partnershipId, { themes: 10, actions: 20_000, periods: 4 }));
  }, 180_000);
  afterAll(() => api.close());

  /** Downloads `path` while asking `/health/live` every 20 ms: the slowest answer, and whether the pool was seen rendering. */
  async function downloadWatchingHealth(path: string): Promise<{ status: number; bytes: number; slowestHealthMs: number; poolRendered: boolean; loopDelayMaxMs: number }> {
    const reports = api.app.get(ReportService);
    const loop = monitorEventLoopDelay({ resolution: 10 });
    let slowestHealthMs = 0;
    let poolRendered = false;
    let done = false;
    const probe = (async () => {
      while (!done) {
        const started = performance.now();
        expect((await fetch(`${api.baseUrl}/health/live`)).status).toBe(200);
        slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
        poolRendered ||= reports.queueStats().busy > 0;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    loop.enable();
    const response = await fetch(`${api.baseUrl}${path}`, { headers: { cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    loop.disable();
    done = true;
    await probe;
    return { status: response.status, bytes, slowestHealthMs, poolRendered, loopDelayMaxMs: loop.max / 1e6 };
  }

  it.each([
    ['StratML', () => `/api/export/strategies/${strategyId}/stratml.xml`],
    ['backup', () => '/api/export/backup.json'],
  ])('%s: /health/live keeps answering (within 2 s, not after the whole render) while a large file renders in the worker pool', async (name, path) => {
    const result = await downloadWatchingHealth(path());
    console.log(`${name}: ${(result.bytes / 1e6).toFixed(1)} MB, slowest /health/live ${result.slowestHealthMs.toFixed(0)} ms, event-loop delay max ${result.loopDelayMaxMs.toFixed(0)} ms`);
    expect(result.status).toBe(200);
    expect(result.bytes).toBeGreaterThan(10_000_000);
    expect(result.poolRendered).toBe(true);
    // Rendering on the API thread blocks /health for the whole render (seconds); the margin is for shared machines.
    expect(result.slowestHealthMs).toBeLessThan(2000);
  }, 180_000);
});
