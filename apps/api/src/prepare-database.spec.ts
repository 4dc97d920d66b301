import { buildDataSourceOptions } from '@waymark/api/database';
import { DEMO_ACCOUNTS } from '@waymark/api/demo-data';
import { DataSource } from 'typeorm';
import { prepareDatabase } from './prepare-database';
import { createTestDatabase } from './testing/test-database';

describe('prepareDatabase', () => {
  const sources: DataSource[] = [];
  const open = async () => {
    const ds = new DataSource(buildDataSourceOptions({ url: await createTestDatabase(), entities: [], poolSize: 2 }));
    await ds.initialize();
    sources.push(ds);
    return ds;
  };
  afterAll(() => Promise.all(sources.map((s) => s.destroy())));

  it('loads the demo partnership into an empty database and lists the demo accounts, then only lists them on the next start', async () => {
    const db = await open();
    const first = await prepareDatabase(db, { demoData: true });
    expect(first.demoDataLoaded).toBe(true);
    for (const a of DEMO_ACCOUNTS) expect(first.messages.join('\n')).toContain(`${a.email}`);
    const second = await prepareDatabase(db, { demoData: true });
    expect(second.demoDataLoaded).toBe(false);
    expect(second.messages.join('\n')).toContain(DEMO_ACCOUNTS[0].password);
    const [{ n }] = (await db.query(`SELECT count(*) n FROM partnership`)) as [{ n: string }];
    expect(Number(n)).toBe(1);
  });

  it('leaves the database empty and prints no accounts when WAYMARK_DEMO_DATA=off', async () => {
    const db = await open();
    const prepared = await prepareDatabase(db, { demoData: false });
    expect(prepared).toEqual({ messages: [], demoDataLoaded: false });
    const [{ n }] = (await db.query(`SELECT count(*) n FROM partnership`)) as [{ n: string }];
    expect(Number(n)).toBe(0);
  });
});
