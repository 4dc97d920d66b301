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

  /**
   * Downloads `path` while asking `/health/live` every 20 ms: how many answers came back while the pool was rendering
   * (none can while a render holds the API thread), the slowest answer and the event loop's worst delay (figures only:
   * this process also receives the 76 MB download, and on a busy machine a pause of 1–2 s of it is not the render).
   */
  async function downloadWatchingHealth(path: string): Promise<{
    status: number;
    bytes: number;
    answersWhileRendering: number;
    slowestHealthMs: number;
    loopDelayMaxMs: number;
  }> {
    const reports = api.app.get(ReportService);
    const loop = monitorEventLoopDelay({ resolution: 10 });
    let slowestHealthMs = 0;
    let answersWhileRendering = 0;
    let done = false;
    const probe = (async () => {
      while (!done) {
        const started = performance.now();
        expect((await fetch(`${api.baseUrl}/health/live`)).status).toBe(200);
        slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
        if (reports.queueStats().busy > 0) answersWhileRendering++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    loop.enable();
    const response = await fetch(`${api.baseUrl}${path}`, { headers: { cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    loop.disable();
    done = true;
    await probe;
    return { status: response.status, bytes, answersWhileRendering, slowestHealthMs, loopDelayMaxMs: loop.max / 1e6 };
  }

  it.each([
    ['StratML', () => `/api/export/strategies/${strategyId}/stratml.xml`],
    ['backup', () => '/api/export/backup.json'],
  ])(
    '%s: /health/live keeps answering while a large file renders in the worker pool',
    async (name, path) => {
      const result = await downloadWatchingHealth(path());
      console.log(
        `${name}: ${(result.bytes / 1e6).toFixed(1)} MB, ${result.answersWhileRendering} /health/live answers while rendering, ` +
          `slowest ${result.slowestHealthMs.toFixed(0)} ms, event-loop delay max ${result.loopDelayMaxMs.toFixed(0)} ms`,
      );
      expect(result.status).toBe(200);
      expect(result.bytes).toBeGreaterThan(10_000_000);
      // The render takes seconds; on the API thread it would let no answer through until it ended.
      expect(result.answersWhileRendering).toBeGreaterThanOrEqual(5);
    },
    180_000,
  );
});
