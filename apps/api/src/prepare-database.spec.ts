import { Logger } from '@nestjs/common';
import { buildDataSourceOptions, migrations, PREPARE_DATABASE_LOCK_KEY } from '@waymark/api/database';
import { DEMO_ACCOUNTS } from '@waymark/api/demo-data';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { prepareDatabase } from './prepare-database';
import { createTestDatabase } from '@waymark/api/database/testing';

describe('prepareDatabase', () => {
  const sources: DataSource[] = [];
  const open = async (url?: string) => {
    const ds = new DataSource(buildDataSourceOptions({ url: url ?? (await createTestDatabase()), poolSize: 2 }));
    await ds.initialize();
    sources.push(ds);
    return ds;
  };
  const count = async (db: DataSource, sql: string) => Number(((await db.query(sql)) as [{ n: string }])[0].n);
  let log: jest.SpyInstance;
  beforeEach(() => (log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined)));
  afterEach(() => log.mockRestore());
  afterAll(() => Promise.all(sources.map((s) => s.destroy())));

  it('loads the demo partnership into an empty database and lists the demo accounts, then only lists them on the next start', async () => {
    const db = await open();
    const first = await prepareDatabase(db, { demoData: true });
    expect(first.demoDataLoaded).toBe(true);
    for (const a of DEMO_ACCOUNTS) expect(first.messages.join('\n')).toContain(`${a.email}`);
    const second = await prepareDatabase(db, { demoData: true });
    expect(second.demoDataLoaded).toBe(false);
    expect(second.messages.join('\n')).toContain(DEMO_ACCOUNTS[0].password);
    // Once: the demo set is Safer York and the small second partnership its report officer also belongs to.
    expect(await count(db, `SELECT count(*) n FROM partnership`)).toBe(2);
  });

  it('leaves the database empty and prints no accounts when WAYMARK_DEMO_DATA=off', async () => {
    const db = await open();
    const prepared = await prepareDatabase(db, { demoData: false });
    expect(prepared).toEqual({ messages: [], demoDataLoaded: false });
    expect(await count(db, `SELECT count(*) n FROM partnership`)).toBe(0);
  });

  it('migrates once and loads the demo data once when three instances start together on one empty database', async () => {
    const url = await createTestDatabase();
    const instances = [await open(url), await open(url), await open(url)];
    const results = await Promise.allSettled(instances.map((db) => prepareDatabase(db, { demoData: true })));
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
    const loaded = results.map((r) => r.status === 'fulfilled' && r.value.demoDataLoaded);
    expect(loaded.filter(Boolean)).toHaveLength(1);
    const db = instances[0];
    const applied = (await db.query(
      `SELECT name, count(*)::int n FROM schema_migration GROUP BY name ORDER BY name`,
    )) as Array<{ name: string; n: number }>;
    expect(applied.map((m) => m.n)).toEqual(migrations.map(() => 1));
    expect(await count(db, `SELECT count(*) n FROM partnership`)).toBe(2);
  });

  it('waits while another session holds the lock and only then migrates', async () => {
    const url = await createTestDatabase();
    const holder = new Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1::bigint)', [PREPARE_DATABASE_LOCK_KEY]);
      const db = await open(url);
      let settled = false;
      const preparing = prepareDatabase(db, { demoData: false }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(settled).toBe(false);
      expect(log).toHaveBeenCalledWith('Waiting for another instance to finish migrating the database…');
      expect(await count(db, `SELECT count(*) n FROM pg_tables WHERE tablename = 'schema_migration'`)).toBe(0);
      await holder.query('SELECT pg_advisory_unlock($1::bigint)', [PREPARE_DATABASE_LOCK_KEY]);
      await preparing;
      expect(await count(db, `SELECT count(*) n FROM schema_migration`)).toBe(migrations.length);
      // Released afterwards: another session can take it at once.
      const [{ locked }] = (
        await holder.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [PREPARE_DATABASE_LOCK_KEY])
      ).rows as [{ locked: boolean }];
      expect(locked).toBe(true);
    } finally {
      await holder.end();
    }
  });
});
