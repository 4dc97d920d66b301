import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamicModule } from '@nestjs/common';
import type { WaymarkConfig } from '@waymark/api/shared/config';
import { LoggerModule } from 'nestjs-pino';
import pino, { type DestinationStream } from 'pino';
import pinoPretty from 'pino-pretty';

/** What a request carries for its log line, set by the session and GraphQL layers as the request runs. */
export interface LoggedRequest extends IncomingMessage {
  session?: { personId?: string };
  graphqlOperation?: string;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** A request id from the load balancer (`X-Request-Id`) when it is well formed, otherwise a new UUID; echoed back. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Never logged, whatever a serializer or a caller passes: credentials, session cookies and tokens. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.secret',
];

const isQuiet = (req: IncomingMessage): boolean =>
  !!req.url && (req.url.startsWith('/health') || req.url.startsWith('/metrics'));

/**
 * Structured JSON logs (pino): one line per request with its id, method, path (no query string: links carry
 * tokens), status, duration, the signed-in person's id and the GraphQL operation; everything the app logs
 * through Nest's Logger goes to the same stream. `pretty` is for a developer's terminal.
 */
export function loggingModule(config: WaymarkConfig, destination?: DestinationStream): DynamicModule {
  const stream =
    destination ??
    (config.observability.logFormat === 'pretty'
      ? pinoPretty({ sync: true, singleLine: true })
      : pino.destination({ sync: false }));
  return LoggerModule.forRoot({
    pinoHttp: [
      {
        level: config.observability.logLevel,
        genReqId: requestId,
        redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
        serializers: {
          req: (req: IncomingMessage & { id?: string; remoteAddress?: string }) => ({
            id: req.id,
            method: req.method,
            path: req.url?.split('?')[0],
          }),
          res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
        },
        customProps: (req: LoggedRequest) => ({
          ...(req.session?.personId ? { personId: req.session.personId } : {}),
          ...(req.graphqlOperation ? { operation: req.graphqlOperation } : {}),
        }),
        customLogLevel: (_req, res, error) =>
          error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        autoLogging: { ignore: isQuiet },
      },
      stream,
    ],
  });
}
