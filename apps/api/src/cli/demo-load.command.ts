import { withCliDatabase } from '@waymark/api/database';
import { DEMO_ACCOUNTS, demoDataExists, loadDemoData } from '@waymark/api/demo-data';

/** Migrates and loads the demo partnership (public passwords: never into a database with real people). */
export async function demoLoadCommand(argv: readonly string[]): Promise<number> {
  if (argv.length > 0) {
    console.error(`demo:load takes no arguments (got "${argv.join(' ')}").`);
    return 2;
  }
  return withCliDatabase({ migrate: true }, async (dataSource, database) => {
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
    return 0;
  });
}
