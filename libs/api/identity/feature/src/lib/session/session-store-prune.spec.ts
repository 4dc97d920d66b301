import { Pool } from 'pg';
import { WaymarkSessionStore } from './sessions';

describe('WaymarkSessionStore pruning after the app closed', () => {
  it('prunes nothing and logs no error once the pool it shares with the app has ended', async () => {
    // The pool never connects: ending it is all this needs, and a query on an ended pool fails before any network.
    const pool = new Pool({ host: '127.0.0.1', port: 9, connectionTimeoutMillis: 100 });
    await pool.end();
    const errors: string[] = [];
    const store = new WaymarkSessionStore({
      pool,
      tableName: 'user_session',
      pruneSessionInterval: 60,
      errorLog: (...args: unknown[]) => errors.push(args.map(String).join(' ')),
    });

    store.pruneSessions();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(errors).toEqual([]);
  });
});
