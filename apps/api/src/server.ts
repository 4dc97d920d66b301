import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { resolveDatabaseUrl } from '@waymark/api/database';
import { loadConfig, type WaymarkConfig } from '@waymark/api/shared/config';
import { createValidationPipe, GraphQLErrorFilter } from '@waymark/api/shared/util';
import { configureSessions } from '@waymark/api/identity/feature';
import { DataSource } from 'typeorm';
import { AppModule, AppConfig } from './app.module';
import { gracefulShutdown } from './lifecycle/graceful-shutdown';
import { InFlightRequests } from './lifecycle/in-flight-requests';
import { Readiness } from './lifecycle/readiness';
import { httpMetrics } from './observability/http-metrics.middleware';
import { Metrics } from './observability/metrics';
import { useBodyLimits } from './body-limits';
import { useSecurityHeaders } from './security-headers';
import { serveWebApp, webRoot } from './serve-web-app';
import { prepareDatabase } from './prepare-database';

export interface StartedServer {
  readonly app: NestExpressApplication;
  readonly url: string;
  /** The one shutdown path (also taken on SIGTERM/SIGINT): resolves true when every request drained in time. */
  close(): Promise<boolean>;
}

/** Builds the Nest app without listening: used by `startServer` and by the API tests. */
export async function createApp(
  options: AppConfig,
  inFlight = new InFlightRequests(),
): Promise<NestExpressApplication> {
  // Body parsing is ours (useBodyLimits): one small JSON limit for everyone; uploads have their own endpoint.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  useSecurityHeaders(app, webRoot(options.config.http.webRoot));
  app.use(inFlight.middleware, httpMetrics(app.get(Metrics)));
  app.use(offerGzipOnly, compression({ level: 1, threshold: 1024 }));
  configureSessions(app);
  useBodyLimits(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphQLErrorFilter());
  return app;
}

export async function startServer(config: WaymarkConfig = loadConfig()): Promise<StartedServer> {
  const database = await resolveDatabaseUrl(config.database);
  const inFlight = new InFlightRequests();
  const app = await createApp({ config, databaseUrl: database.url }, inFlight);
  const log = app.get(Logger);
  const prepared = await prepareDatabase(app.get(DataSource), { demoData: config.demoData });
  const readiness = app.get(Readiness);
  readiness.markMigrated();
  serveWebApp(app, webRoot(config.http.webRoot));
  await app.listen(config.port);
  const server = app.getHttpServer();
  // Idle keep-alive connections outlive the load balancer's idle timeout, so the balancer closes them first and
  // never sends a request on a connection this process is closing (which surfaces as a 502).
  server.keepAliveTimeout = config.http.keepAliveSeconds * 1000;
  server.headersTimeout = server.keepAliveTimeout + 5_000;
  const url = await app.getUrl();
  log.log(`Waymark is running at ${url.replace('[::1]', 'localhost')}`);
  log.log(
    database.embedded ? `Database: embedded PostgreSQL on port ${database.embedded.port}` : 'Database: DATABASE_URL',
  );
  for (const line of prepared.messages) log.log(line);
  const close = gracefulShutdown({
    app,
    server,
    inFlight,
    readiness,
    timeoutMs: config.http.shutdownTimeoutSeconds * 1000,
    afterClose: async () => database.embedded?.stop(),
  });
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
