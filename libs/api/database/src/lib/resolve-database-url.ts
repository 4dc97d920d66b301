import { Logger } from '@nestjs/common';
import { loadConfig, type WaymarkConfig } from '@waymark/api/shared/config';
import { startEmbeddedPostgres, EmbeddedPostgresHandle } from './embedded/embedded-postgres-server';

export interface ResolvedDatabase {
  readonly url: string;
  readonly embedded?: EmbeddedPostgresHandle;
}

/** `DATABASE_URL` when set; otherwise an embedded PostgreSQL kept in `WAYMARK_DATA_DIR` (default `.data/postgres`). */
export async function resolveDatabaseUrl(
  database: Pick<WaymarkConfig['database'], 'url' | 'embeddedDataDir'> = loadConfig().database,
): Promise<ResolvedDatabase> {
  if (database.url) return { url: database.url };
  const log = new Logger('EmbeddedPostgreSQL');
  const embedded = await startEmbeddedPostgres({
    dataDir: database.embeddedDataDir,
    onNotice: (notice) => log.warn(notice),
  });
  return { url: embedded.url, embedded };
}
