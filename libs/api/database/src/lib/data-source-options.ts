import { readFileSync } from 'node:fs';
import * as pg from 'pg';
import type { WaymarkConfig } from '@waymark/api/shared/config';
import type { DataSourceOptions, Logger } from 'typeorm';
import { migrations } from './migrations';

// Calendar dates stay ISO strings ("2018-03-31"): parsing them into Date shifts them by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface WaymarkDataSourceConfig {
  readonly url: string;
  readonly logger?: Logger;
  readonly poolSize?: number;
  /** Per-statement limit for request work (default 5 s); CLIs raise it. */
  readonly statementTimeoutMs?: number;
  readonly ssl?: WaymarkConfig['database']['ssl'];
  readonly sslCaFile?: string;
  /** Statements slower than this reach `logger.logQuerySlow`. */
  readonly slowQueryMs?: number;
}

/** Timeouts so a frozen database fails a request quickly instead of hanging it. */
export const POOL_TIMEOUTS = { connectMs: 2_000, statementMs: 5_000 } as const;

/** The one set of DataSource options used by the app, the tests and the migration CLI. */
export function buildDataSourceOptions(config: WaymarkDataSourceConfig): DataSourceOptions {
  return {
    type: 'postgres',
    driver: pg,
    url: config.url,
    // No entities: every read and write is SQL typed by the generated row types (generated/rows, from the migrations).
    migrations,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: config.logger ? ['query', 'error'] : ['error'],
    logger: config.logger,
    maxQueryExecutionTime: config.slowQueryMs,
    poolSize: config.poolSize ?? 10,
    ssl: sslOptions(config.ssl, config.sslCaFile),
    connectTimeoutMS: POOL_TIMEOUTS.connectMs,
    extra: {
      connectionTimeoutMillis: POOL_TIMEOUTS.connectMs,
      statement_timeout: config.statementTimeoutMs ?? POOL_TIMEOUTS.statementMs,
      query_timeout: (config.statementTimeoutMs ?? POOL_TIMEOUTS.statementMs) + 1_000,
      idleTimeoutMillis: 30_000,
    },
  };
}

/** `require` encrypts without checking who answers; `verify-full` checks the certificate chain and host name. */
function sslOptions(
  mode: WaymarkDataSourceConfig['ssl'],
  caFile: string | undefined,
): false | { rejectUnauthorized: boolean; ca?: string } {
  if (!mode || mode === 'off') return false;
  if (mode === 'require') return { rejectUnauthorized: false };
  return { rejectUnauthorized: true, ...(caFile ? { ca: readFileSync(caFile, 'utf8') } : {}) };
}
