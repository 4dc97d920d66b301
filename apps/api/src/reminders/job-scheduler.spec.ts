import { JobScheduler } from '@waymark/api/jobs/feature';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createTestDatabase } from '@waymark/api/database/testing';

describe('the job scheduler started with the API (JOBS_ENABLED=on)', () => {
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    const databaseUrl = await createTestDatabase();
    one = await startTestApp({ databaseUrl, env: { JOBS_ENABLED: 'on' } });
    two = await startTestApp({ databaseUrl, env: { JOBS_ENABLED: 'on' } });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('registers every job of the registry once in PostgreSQL, as an exclusive queue, however many instances start', async () => {
    expect(one.app.get(JobScheduler).running).toBe(true);
    expect(two.app.get(JobScheduler).running).toBe(true);
    const schedules: Array<{ name: string; cron: string; timezone: string }> = await one.dataSource.query(
      `SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`,
    );
    expect(schedules).toEqual([
      { name: 'daily-digest', cron: '0 7 * * *', timezone: 'Europe/London' },
      { name: 'reminders', cron: '5 * * * *', timezone: 'UTC' },
    ]);
    const queues: Array<{ name: string; policy: string }> = await one.dataSource.query(
      `SELECT name, policy FROM pgboss.queue WHERE name IN ('daily-digest', 'reminders') ORDER BY name`,
    );
    expect(queues).toEqual([
      { name: 'daily-digest', policy: 'exclusive' },
      { name: 'reminders', policy: 'exclusive' },
    ]);
  });

  it('is off in tests by default, so jobs are driven with an injected clock', async () => {
    const quiet = await startTestApp();
    try {
      expect(quiet.app.get(JobScheduler).running).toBe(false);
    } finally {
      await quiet.close();
    }
  });
});
