import { discardUnfinishedClients } from '@waymark/api/database';
import { Pool } from 'pg';
import { createTestDatabase } from '@waymark/api/database/testing';

/** node-postgres issue 3399: after a query_timeout the client still waits for its statement; it must not be reused. */
describe('a pg client that hit query_timeout', () => {
  let pool: Pool;
  beforeAll(async () => {
    pool = new Pool({ connectionString: await createTestDatabase(), max: 1, query_timeout: 300 });
    pool.on('error', () => undefined);
    discardUnfinishedClients(pool);
  });
  afterAll(() => pool.end());

  it('is discarded, so the next query gets a connection that answers at once', async () => {
    // As TypeORM does: check out, query, release without an error (pool.query would release with it).
    const client = await pool.connect();
    await expect(client.query('SELECT pg_sleep(3)')).rejects.toThrow('Query read timeout');
    client.release();
    const started = Date.now();
    const result = await pool.query<{ answer: number }>('SELECT 1 AS answer');
    expect(result.rows[0].answer).toBe(1);
    // Reused, the busy client would queue this behind the 3 s sleep (and time out too).
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
