import type { NestExpressApplication } from '@nestjs/platform-express';
import { StatementCounter } from '@waymark/api/database';
import { loadConfig } from '@waymark/api/shared/config';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { Readiness } from '../lifecycle/readiness';
import { prepareDatabase } from '../prepare-database';
import { createApp } from '../server';
import { createTestDatabase } from '@waymark/api/database/testing';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
}

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly baseUrl: string;
  readonly dataSource: DataSource;
  readonly statements: StatementCounter;
  /** POSTs a GraphQL operation over real HTTP; pass a cookie to act as a signed-in person. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  readonly demoData?: boolean;
  /** Configuration variables as the process environment would give them (the host's environment is not read). */
  readonly env?: Record<string, string>;
  /** Captures the structured log (default: warnings and errors to stdout). */
  readonly logDestination?: DestinationStream;
  /** A database of the test's own (e.g. on a PostgreSQL server it freezes); default: a fresh one on the shared server. */
  readonly databaseUrl?: string;
}

/** A real API on a fresh, migrated database, listening on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const statements = new StatementCounter();
  // Scheduled jobs are off unless a test asks for them: tests drive jobs directly with an injected clock.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    JOBS_ENABLED: 'off',
    ...options.env,
  });
  const app = await createApp({ config, databaseUrl, sqlLogger: statements, logDestination: options.logDestination });
  const dataSource = app.get(DataSource);
  await prepareDatabase(dataSource, { demoData: options.demoData ?? false });
  app.get(Readiness).markMigrated();
  await app.listen(0, '127.0.0.1');
  const baseUrl = await app.getUrl();
  return {
    app,
    baseUrl,
    dataSource,
    statements,
    async graphql(query, variables, cookie) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    close: () => app.close(),
  };
}
