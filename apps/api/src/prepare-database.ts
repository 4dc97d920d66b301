import { DEMO_ACCOUNTS, demoDataExists, loadDemoData } from '@waymark/api/demo-data';
import { DataSource } from 'typeorm';

export interface PreparedDatabase {
  readonly messages: string[];
  /** True when the demo partnership was loaded by this call. */
  readonly demoDataLoaded: boolean;
}

/** Applies pending migrations; on an empty database loads the demo partnership when `demoData` (WAYMARK_DEMO_DATA). */
export async function prepareDatabase(dataSource: DataSource, options: { readonly demoData: boolean }): Promise<PreparedDatabase> {
  await dataSource.runMigrations({ transaction: 'each' });
  let demoDataLoaded = false;
  if (options.demoData) {
    const [{ empty }] = (await dataSource.query(`SELECT NOT EXISTS (SELECT 1 FROM partnership) AS empty`)) as [
      { empty: boolean },
    ];
    if (empty) {
      await loadDemoData(dataSource);
      demoDataLoaded = true;
    }
  }
  const messages: string[] = [];
  if (demoDataLoaded)
    messages.push('Loaded the demo partnership (Safer York Partnership). Set WAYMARK_DEMO_DATA=off to start empty.');
  if (demoDataLoaded || (await demoDataExists(dataSource))) messages.push(...demoAccountLines());
  return { messages, demoDataLoaded };
}

/** The demo sign-in accounts, one line each, for the console. */
export function demoAccountLines(): string[] {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  return [
    'Demo sign-in accounts (demo data only; change or remove them before real use):',
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.password.padEnd(20)}  ${a.role}`),
  ];
}
