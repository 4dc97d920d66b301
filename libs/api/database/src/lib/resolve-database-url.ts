import { startEmbeddedPostgres, EmbeddedPostgresHandle } from './embedded/embedded-postgres-server';

export interface ResolvedDatabase {
  readonly url: string;
  readonly embedded?: EmbeddedPostgresHandle;
}

/** `DATABASE_URL` when set; otherwise an embedded PostgreSQL kept in `WAYMARK_DATA_DIR` (default `.data/postgres`). */
export async function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedDatabase> {
  const configured = env['DATABASE_URL'];
  if (configured) return { url: configured };
  const embedded = await startEmbeddedPostgres({
    dataDir: env['WAYMARK_DATA_DIR'] ?? '.data/postgres',
    onNotice: (notice) => console.warn(`Embedded PostgreSQL: ${notice}`),
  });
  return { url: embedded.url, embedded };
}
