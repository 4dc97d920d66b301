import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { resolveDatabaseUrl } from '@waymark/api/database';
import { createValidationPipe, GraphQLErrorFilter } from '@waymark/api/shared/util';
import { configureSessions } from '@waymark/api/identity/feature';
import { DataSource } from 'typeorm';
import { AppModule, AppConfig } from './app.module';
import { serveWebApp } from './serve-web-app';
import { prepareDatabase } from './prepare-database';

export interface StartedServer {
  readonly app: NestExpressApplication;
  readonly url: string;
  close(): Promise<void>;
}

/** Builds the Nest app without listening: used by `startServer` and by the API tests. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger: ['error', 'warn'],
  });
  app.use(offerGzipOnly, compression({ level: 1, threshold: 1024 }));
  configureSessions(app);
  app.useBodyParser('json', { limit: '15mb' }); // plan imports arrive base64-encoded in GraphQL (up to 10 MB files)
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphQLErrorFilter());
  app.enableShutdownHooks();
  return app;
}

export async function startServer(): Promise<StartedServer> {
  const database = await resolveDatabaseUrl();
  const app = await createApp({ databaseUrl: database.url });
  const dataSource = app.get(DataSource);
  const prepared = await prepareDatabase(dataSource);
  serveWebApp(app);
  const port = Number(process.env['PORT'] ?? 3000);
  await app.listen(port);
  const url = `http://localhost:${port}`;
  console.log(`Waymark is running at ${url}`);
  console.log(database.embedded ? `Database: embedded PostgreSQL on port ${database.embedded.port}` : 'Database: DATABASE_URL');
  for (const line of prepared.messages) console.log(line);
  const close = async () => {
    await app.close();
    await database.embedded?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
  return { app, url, close };
}

/**
 * Responses (GraphQL, downloads) are gzipped at level 1 when the client accepts it: 964 kB → 126 kB for a
 * 600-action tree for a few ms of CPU. The `compression` package prefers brotli, whose CPU cost on large
 * dynamic responses is far higher, so `br` is taken out of what the client offers before it negotiates.
 */
function offerGzipOnly(req: Request, _res: Response, next: NextFunction): void {
  const offered = req.headers['accept-encoding'];
  if (offered && /\bbr\b/i.test(offered)) {
    req.headers['accept-encoding'] = offered
      .split(',')
      .filter((part) => !/^\s*br\s*(;|$)/i.test(part))
      .join(',');
  }
  next();
}
