// `npm run demo:load`: migrates and loads the demo partnership into DATABASE_URL, or into the embedded
// PostgreSQL in WAYMARK_DATA_DIR (default .data/postgres; stop `npm start` first, it uses the same folder).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, resolveDatabaseUrl } from '@waymark/api/database';
import { DEMO_ACCOUNTS, demoDataExists, loadDemoData } from '@waymark/api/demo-data';

async function main(): Promise<void> {
  const database = await resolveDatabaseUrl();
  const dataSource = new DataSource(buildDataSourceOptions({ url: database.url, entities: [] }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    if (await demoDataExists(dataSource)) {
      console.log('The demo partnership is already loaded; nothing to do.');
    } else {
      const started = Date.now();
      await loadDemoData(dataSource);
      console.log(`Loaded the demo partnership in ${Date.now() - started} ms.`);
    }
    console.log(
      `Database: ${database.embedded ? `embedded PostgreSQL (port ${database.embedded.port})` : 'DATABASE_URL'}`,
    );
    console.log('Demo sign-in accounts:');
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email}  ${a.password}  (${a.role})`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error('demo:load failed:', error);
  process.exit(1);
});
