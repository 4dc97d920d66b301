import { DEMO_ACCOUNTS } from '@waymark/api/demo-data';
import { loadConfig } from '@waymark/api/shared/config';
import { Client } from 'pg';
import { startServer } from '../server';
import { createTestDatabase } from '@waymark/api/database/testing';

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { personId } }',
      variables: { input: { email: DEMO_ACCOUNTS[0].email, password: DEMO_ACCOUNTS[0].password } },
    }),
  });
  return (response.headers.getSetCookie().find((c) => c.startsWith('waymark.sid=')) as string).split(';')[0];
}

describe('graceful shutdown (the SIGTERM path)', () => {
  it('finishes an export in flight, fails readiness and refuses new connections meanwhile, then closes', async () => {
    const databaseUrl = await createTestDatabase();
    const server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        PORT: '0',
        WAYMARK_DEMO_DATA: 'on',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
      }),
    );
    const url = server.url.replace('[::1]', '127.0.0.1');
    const cookie = await signIn(url);
    const blocker = new Client({ connectionString: databaseUrl });
    await blocker.connect();
    try {
      const [{ id }] = (await blocker.query(`SELECT id FROM strategy WHERE title LIKE 'Embracing Diversity%'`))
        .rows as Array<{ id: string }>;
      // Holding a lock on the strategy keeps the export waiting inside the request: a slow export, for real.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE strategy IN ACCESS EXCLUSIVE MODE');
      const exportResponse = fetch(`${url}/api/reports/board-update?strategy=${id}&format=csv`, {
        headers: { cookie },
      });
      await new Promise((resolve) => setTimeout(resolve, 300));

      const readinessBefore = await fetch(`${url}/health/ready`);
      expect(readinessBefore.status).toBe(200);
      const closing = server.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(fetch(`${url}/health/live`)).rejects.toThrow(); // the listener is closed: no new connections

      await blocker.query('COMMIT');
      const response = await exportResponse;
      expect(response.status).toBe(200);
      expect(response.headers.get('connection')).toBe('close');
      expect(await response.text()).toContain('Strategic Aim 1: Raise awareness of hate crimes');
      await expect(closing).resolves.toBe(true);
    } finally {
      await blocker.end();
    }
  }, 60_000);
});
