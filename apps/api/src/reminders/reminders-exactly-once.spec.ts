import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DeliveryWorker } from '@waymark/api/mail/feature';
import { ReminderRun } from '@waymark/api/reminders/data-access';
import { Client } from 'pg';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createTestDatabase } from '@waymark/api/database/testing';
import { createReminderFixture, recipientsOf } from './reminder-fixture';

const ROOT = join(__dirname, '../../../..');
const ESCALATION_DAY = new Date('2026-07-22T08:00:00Z');
const REMINDER_DAY = new Date('2026-07-08T08:00:00Z');

async function deliveries(
  api: TestApp,
  partnershipId: string,
): Promise<Array<{ person_id: string; step: string; period_id: string }>> {
  return api.dataSource.query(
    `SELECT d.person_id, d.step, d.period_id FROM reminder_delivery d JOIN person p ON p.id = d.person_id WHERE p.partnership_id = $1 ORDER BY 1, 2, 3`,
    [partnershipId],
  );
}

describe('two app instances on one database', () => {
  let smtp: SmtpTestServer;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    const databaseUrl = await createTestDatabase();
    const env = { SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '3600' };
    one = await startTestApp({ databaseUrl, env });
    two = await startTestApp({ databaseUrl, env });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
    await smtp.close();
  });

  it('send each message exactly once when both run the same steps at the same time', async () => {
    const f = await createReminderFixture(one, 'twins');
    const runs = await Promise.all(
      [one, two, one, two].map((api) =>
        api.app.get(ReminderRun).run(REMINDER_DAY, { dryRun: false, partnershipId: f.partnershipId }),
      ),
    );
    expect(runs.reduce((n, r) => n + r.messages, 0)).toBe(2);
    const escalations = await Promise.all(
      [one, two].map((api) =>
        api.app.get(ReminderRun).run(ESCALATION_DAY, { dryRun: false, partnershipId: f.partnershipId }),
      ),
    );
    expect(escalations.reduce((n, r) => n + r.messages, 0)).toBe(2);
    await Promise.all([one.app.get(DeliveryWorker).deliverDue(), two.app.get(DeliveryWorker).deliverDue()]);
    await Promise.all([one.app.get(DeliveryWorker).deliverDue(), two.app.get(DeliveryWorker).deliverDue()]);
    const to = smtp.received.map((m) => recipientsOf(m)[0]).sort();
    expect(to).toEqual([f.people.chair.email, f.people.lee.email, f.people.pat.email, f.people.senior.email].sort());
  });
});

describe('a reminder run killed half way', () => {
  let api: TestApp;
  let databaseUrl: string;
  let child: ChildProcess | null = null;
  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    api = await startTestApp({ databaseUrl });
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await api.close();
  });

  it('leaves nothing behind, and the next run sends everything once', async () => {
    const f = await createReminderFixture(api, 'killed');
    // Hold the outbox so the command's run stops inside its transaction, after it claimed the deliveries.
    const blocker = new Client({ connectionString: databaseUrl });
    blocker.on('error', () => undefined); // the server may end the session at teardown
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE outbox_message IN SHARE ROW EXCLUSIVE MODE');
    child = spawn(
      process.execPath,
      [
        'tools/scripts/run-ts.mjs',
        'apps/api/src/main.ts',
        'jobs',
        'run',
        'reminders',
        '--now',
        REMINDER_DAY.toISOString(),
      ],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    // A separate session: inside the blocker's transaction pg_stat_activity would show one frozen snapshot.
    const watcher = new Client({ connectionString: databaseUrl });
    watcher.on('error', () => undefined);
    await watcher.connect();
    const waiting = async (): Promise<number | null> => {
      const rows: Array<{ pid: number }> = await watcher
        .query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO outbox_message%'`,
        )
        .then((r) => r.rows as Array<{ pid: number }>);
      return rows[0]?.pid ?? null;
    };
    let backend: number | null = null;
    for (let i = 0; i < 1200 && backend === null && child.exitCode === null; i++) {
      backend = await waiting();
      if (backend === null) await new Promise((r) => setTimeout(r, 50));
    }
    if (backend === null) await Promise.all([blocker.end(), watcher.end()]);
    expect({ backend: backend !== null, output }).toEqual({ backend: true, output });
    process.kill(-(child.pid as number), 'SIGKILL'); // the whole group: run-ts.mjs and the node process it started
    await blocker.query('ROLLBACK');
    // The killed run's backend finds its client gone and rolls back.
    for (let i = 0; i < 100; i++) {
      const { rows } = await watcher.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [backend]);
      if (rows.length === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all([blocker.end(), watcher.end()]);
    expect(await deliveries(api, f.partnershipId)).toEqual([]);

    const run = api.app.get(ReminderRun);
    expect((await run.run(REMINDER_DAY, { dryRun: false, partnershipId: f.partnershipId })).messages).toBe(2);
    expect((await run.run(REMINDER_DAY, { dryRun: false, partnershipId: f.partnershipId })).messages).toBe(0);
    expect((await deliveries(api, f.partnershipId)).map((d) => d.step)).toEqual(['reminder', 'reminder', 'reminder']);
    const [{ n }]: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE partnership_id = $1`,
      [f.partnershipId],
    );
    expect(n).toBe(2);
  }, 180_000);
});
