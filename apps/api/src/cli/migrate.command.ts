import { migrateUnderLock, withCliDatabase } from '@waymark/api/database';

/** Applies pending migrations: the release step before rolling several instances (each also migrates on start). */
export async function migrateCommand(argv: readonly string[]): Promise<number> {
  if (argv.length > 0) {
    console.error(`migrate takes no arguments (got "${argv.join(' ')}").`);
    return 2;
  }
  return withCliDatabase({ migrate: false }, async (dataSource, database) => {
    const applied = await migrateUnderLock(dataSource);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`
        : 'No pending migrations.',
    );
    console.log(
      `Database: ${database.embedded ? `embedded PostgreSQL (port ${database.embedded.port})` : 'DATABASE_URL'}`,
    );
    return 0;
  });
}
