import { startTestApp, TestApp } from '../testing/test-app';

describe('health probes', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('reports the process live, the instance ready and the database up', async () => {
    const live = await fetch(`${api.baseUrl}/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok', state: 'ready', database: 'up' }]);
    const legacy = await fetch(`${api.baseUrl}/health`);
    expect([legacy.status, await legacy.json()]).toEqual([200, { status: 'ok', database: 'up' }]);
  });

  it('keeps liveness up but fails readiness and /health when the database is unreachable', async () => {
    await api.dataSource.destroy();
    const live = await fetch(`${api.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([
      503,
      { status: 'unavailable', state: 'ready', database: 'down' },
    ]);
    const legacy = await fetch(`${api.baseUrl}/health`);
    expect([legacy.status, await legacy.json()]).toEqual([503, { status: 'error', database: 'down' }]);
  });
});
