// `npm run admin:create -- --email … --name … --partnership "…"`: the first administrator of a real installation.
// Uses DATABASE_URL, or the embedded PostgreSQL in WAYMARK_DATA_DIR (stop `npm start` first, it uses the same folder).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, resolveDatabaseUrl } from '@waymark/api/database';
import { AdminCreateUsageError, adminCreateCommand, parseAdminCreateArgs } from '@waymark/api/identity/feature';
import { ConfigError, loadConfig } from '@waymark/api/shared/config';

async function main(): Promise<number> {
  const config = loadConfig();
  const args = parseAdminCreateArgs(process.argv.slice(2));
  const database = await resolveDatabaseUrl(config.database);
  const dataSource = new DataSource(buildDataSourceOptions({ url: database.url, entities: [] }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const created = await adminCreateCommand(args, dataSource, { publicUrl: config.publicUrl, invitationDays: config.identity.invitationDays });
    console.log(`${created.createdPartnership ? 'Created' : 'Using'} the partnership "${args.partnership}".`);
    console.log(`${created.createdPerson ? 'Created' : 'Made'} ${args.name} <${args.email}> ${created.createdPerson ? 'as an' : 'an'} administrator.`);
    console.log(`\nOpen this link to set the password (it works once, until ${created.expiresAt.toISOString()}):\n\n  ${created.link}\n`);
    console.log('Keep it private: whoever opens it first becomes this administrator. Run the command again for a new link.');
    return 0;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AdminCreateUsageError || error instanceof ConfigError) console.error(error.message);
    else console.error('admin:create failed:', error);
    process.exit(1);
  },
);
