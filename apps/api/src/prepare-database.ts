import { Logger } from '@nestjs/common';
import { PREPARE_DATABASE_LOCK_KEY, withAdvisoryLock, queryRows } from '@waymark/api/database';
import { DEMO_ACCOUNTS, demoDataExists, loadDemoData } from '@waymark/api/demo-data';
import { DataSource } from 'typeorm';

export interface PreparedDatabase {
  readonly messages: string[];
  /** True when the demo partnership was loaded by this call. */
  readonly demoDataLoaded: boolean;
}

/**
 * Applies pending migrations; on an empty database loads the demo partnership when `demoData` (WAYMARK_DEMO_DATA).
 * Holds the PostgreSQL advisory lock PREPARE_DATABASE_LOCK_KEY throughout, so instances starting together
 * migrate once and load demo data at most once: the others wait, then find nothing to do.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  options: { readonly demoData: boolean },
): Promise<PreparedDatabase> {
  const demoDataLoaded = await withAdvisoryLock(
    dataSource,
    PREPARE_DATABASE_LOCK_KEY,
    () => migrateAndLoadDemoData(dataSource, options.demoData),
    {
      onWait: () => new Logger('Database').log('Waiting for another instance to finish migrating the database…'),
    },
  );
  const messages: string[] = [];
  if (demoDataLoaded)
    messages.push('Loaded the demo partnership (Safer York Partnership). Set WAYMARK_DEMO_DATA=off to start empty.');
  if (demoDataLoaded || (await demoDataExists(dataSource))) messages.push(...demoAccountLines());
  return { messages, demoDataLoaded };
}

/** Returns true when it loaded the demo data. */
async function migrateAndLoadDemoData(dataSource: DataSource, demoData: boolean): Promise<boolean> {
  await dataSource.runMigrations({ transaction: 'each' });
  if (!demoData) return false;
  const [{ empty }] = await queryRows<{ empty: boolean }>(
    dataSource,
    `SELECT NOT EXISTS (SELECT 1 FROM partnership) AS empty`,
  );
  if (!empty) return false;
  await loadDemoData(dataSource);
  return true;
}

/** The demo sign-in accounts, one line each, for the console. */
export function demoAccountLines(): string[] {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  return [
    'Demo sign-in accounts (demo data only; change or remove them before real use):',
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.password.padEnd(20)}  ${a.role}`),
  ];
}
