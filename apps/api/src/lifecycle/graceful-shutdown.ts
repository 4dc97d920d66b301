import type { Server } from 'node:http';
import { Logger, type INestApplication } from '@nestjs/common';
import type { InFlightRequests } from './in-flight-requests';
import type { Readiness } from './readiness';

export interface ShutdownParts {
  readonly app: INestApplication;
  readonly server: Server;
  readonly inFlight: InFlightRequests;
  readonly readiness: Readiness;
  readonly timeoutMs: number;
  /** Runs last, after the app (worker pool, Chromium, database pool) has closed: the embedded PostgreSQL. */
  readonly afterClose?: () => Promise<void>;
}

/**
 * The one shutdown path, for SIGTERM, SIGINT and tests: readiness fails, the listener closes, requests in flight
 * (exports included) finish within the timeout, then Nest closes the modules (report workers and their Chromium,
 * the database pool) and finally the embedded PostgreSQL stops. Resolves true when everything drained in time.
 * Calling it again returns the same promise.
 */
export function gracefulShutdown(parts: ShutdownParts): () => Promise<boolean> {
  let done: Promise<boolean> | null = null;
  const log = new Logger('Shutdown');
  return () => {
    done ??= (async () => {
      log.log({ msg: 'Shutting down: draining requests', inFlight: parts.inFlight.active });
      parts.readiness.markDraining();
      parts.inFlight.drain();
      parts.server.close();
      const drained = await parts.inFlight.whenIdle(parts.timeoutMs);
      if (!drained)
        log.warn({ msg: 'Shutdown timeout passed with requests still in flight', inFlight: parts.inFlight.active });
      parts.server.closeAllConnections();
      await parts.app.close();
      await parts.afterClose?.();
      log.log({ msg: 'Shut down', drained });
      return drained;
    })();
    return done;
  };
}
