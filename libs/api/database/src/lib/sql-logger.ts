import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

const MAX_SQL_CHARS = 2_000;

const shortSql = (query: string): string => {
  const flat = query.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SQL_CHARS ? `${flat.slice(0, MAX_SQL_CHARS)}…` : flat;
};

/**
 * TypeORM's logger for the app: slow and failed statements go to the structured log with their SQL text but never
 * their parameters (they hold e-mail addresses, narratives, password hashes). Every statement is also passed to an
 * optional inner logger (the StatementCounter of tests and benchmarks).
 */
export class SqlLogger implements TypeOrmLogger {
  private readonly out = new NestLogger('SQL');

  constructor(private readonly inner?: TypeOrmLogger) {}

  logQuery(query: string, parameters?: unknown[]): void {
    this.inner?.logQuery(query, parameters);
  }

  logQueryError(error: string | Error, query: string): void {
    const message = error instanceof Error ? error.message : error;
    this.out.error({ msg: 'SQL statement failed', error: message, sql: shortSql(query) });
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn({ msg: 'Slow SQL statement', durationMs: time, sql: shortSql(query) });
  }

  logSchemaBuild(): void {
    // Waymark never builds schema from entities (migrations only).
  }

  logMigration(message: string): void {
    this.out.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn(String(message));
    else this.out.log(String(message));
  }
}
