import { availableParallelism } from 'node:os';
import { z } from 'zod';
import {
  httpUrl,
  mailbox,
  nonEmpty,
  oneOf,
  onOff,
  postgresUrl,
  secretList,
  smtpUrl,
  trustProxy,
  wholeNumber,
} from './config-values';

export interface ConfigVariable<T extends z.ZodType = z.ZodType> {
  readonly schema: T;
  /** The default as a reader of the docs sees it. */
  readonly defaultText: string;
  readonly meaning: string;
}

const variable = <T extends z.ZodType>(schema: T, defaultText: string, meaning: string): ConfigVariable<T> => ({
  schema,
  defaultText,
  meaning,
});

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Report workers when WAYMARK_REPORT_WORKERS is unset: one core stays free for the API thread. */
export const defaultReportWorkers = (): number => Math.min(4, Math.max(1, availableParallelism() - 1));

/**
 * Every environment variable Waymark reads, declared once: the loader validates them at boot and
 * docs/deployment.md's table is generated from this list (`npm run config:docs`, checked by a test).
 */
export const CONFIG_VARIABLES = {
  NODE_ENV: variable(
    oneOf(['development', 'production', 'test']),
    '`development`',
    '`production` requires `SESSION_SECRET`, never loads demo data unless `WAYMARK_DEMO_DATA=on`, turns off GraphQL introspection',
  ),
  PORT: variable(wholeNumber(0, 65535), '`3000`', 'HTTP port (0 = any free port)'),
  DATABASE_URL: variable(
    postgresUrl,
    'unset → embedded PostgreSQL in `WAYMARK_DATA_DIR`',
    'the PostgreSQL to use; set it in production. `?sslmode=` in the URL takes precedence over `DATABASE_SSL`',
  ),
  DATABASE_POOL_SIZE: variable(
    wholeNumber(2, 200),
    '`10`',
    'connections per instance (at least 2: start-up holds one for the migration lock); size PostgreSQL `max_connections` for instances × this + headroom',
  ),
  DATABASE_STATEMENT_TIMEOUT_MS: variable(
    wholeNumber(100, 600_000),
    '`5000`',
    'PostgreSQL `statement_timeout` for requests (ms); migrations and CLIs are not limited by it',
  ),
  DATABASE_SSL: variable(
    oneOf(['off', 'require', 'verify-full']),
    '`off`',
    'TLS to PostgreSQL: `require` encrypts, `verify-full` also checks the certificate and host name',
  ),
  DATABASE_SSL_CA_FILE: variable(
    nonEmpty,
    'the system CAs',
    'PEM file of the CA that signed the PostgreSQL server certificate (with `verify-full`)',
  ),
  WAYMARK_DATA_DIR: variable(
    nonEmpty,
    '`.data/postgres`',
    'folder of the embedded PostgreSQL cluster (only without `DATABASE_URL`)',
  ),
  WAYMARK_DEMO_DATA: variable(
    onOff,
    '`on` in development, `off` in production',
    '`on` loads the demo partnership (public passwords) into an empty database',
  ),
  SESSION_SECRET: variable(
    secretList,
    'random per start (development only, with a warning)',
    'signs session cookies; comma-separated to rotate (the first signs, all verify); the same on every instance; at least 32 characters each',
  ),
  SESSION_IDLE_MINUTES: variable(
    wholeNumber(1, 1440),
    '`30`',
    'a session ends this long after its last request; every page warns 2 minutes before (halfway through timeouts under 4 minutes) and offers "Stay signed in"',
  ),
  SESSION_ABSOLUTE_HOURS: variable(
    wholeNumber(1, 168),
    '`12`',
    'a session ends this long after sign-in, whatever the activity',
  ),
  TRUST_PROXY: variable(
    trustProxy,
    '`false`',
    "set it only behind a proxy or load balancer: which of them may set `X-Forwarded-For`/`-Proto` (Express `trust proxy`): `true`, a hop count, or addresses and subnets (e.g. `loopback` or `10.0.0.0/8`). Unset, the client address is the connection's (sign-in limits per address cannot be dodged by forging the header) and session cookies are `Secure` only on direct https",
  ),
  HTTP_KEEP_ALIVE_SECONDS: variable(
    wholeNumber(1, 3600),
    '`75`',
    "idle keep-alive timeout; keep it above the load balancer's idle timeout (AWS ALB 60 s, nginx upstream 60 s) so the app never closes a connection the balancer is about to reuse",
  ),
  SHUTDOWN_TIMEOUT_SECONDS: variable(
    wholeNumber(1, 600),
    '`30`',
    'on SIGTERM, how long in-flight requests and exports may take to finish before the process exits anyway',
  ),
  WAYMARK_WEB_ROOT: variable(
    nonEmpty,
    '`dist/apps/web/browser` (from the working directory)',
    'folder of the built Angular app served on the same port',
  ),
  WAYMARK_REPORT_WORKERS: variable(
    wholeNumber(1, 32),
    'CPU count − 1, from 1 to 4',
    'worker threads rendering exports, plus one more for small ones (not PDF, an ordinary plan) so they never wait behind a big export; each may start its own Chromium for PDF',
  ),
  WAYMARK_REPORT_WORKER: variable(
    nonEmpty,
    '`report-worker.js` beside `main.js`, else the TypeScript source',
    'script the report worker threads run; set it only when the built worker lives elsewhere than beside `main.js`',
  ),
  WAYMARK_REPORT_WORKER_IDLE_MS: variable(
    wholeNumber(0, 86_400_000),
    '`300000` (5 minutes)',
    'in production one report worker starts with the API and stays; the others start when exports need them, and one without an export for this long is stopped (its Chromium closed) to give its memory back. `0`: in production every report worker starts with the API and is never stopped',
  ),
  WAYMARK_REPORT_QUEUE_LIMIT: variable(
    wholeNumber(0, 1000),
    '`20`',
    'exports that may wait for a report worker; one more is answered at once with 503 and `Retry-After` ("busy, try again shortly")',
  ),
  WAYMARK_REPORT_QUEUE_PER_PARTNERSHIP: variable(
    wholeNumber(1, 1000),
    '`6`',
    'exports of one partnership that may wait or run at once; one more is answered 503 "busy", so one partnership cannot fill the queue for the others',
  ),
  WAYMARK_IMPORT_QUEUE_PER_PARTNERSHIP: variable(
    wholeNumber(1, 100),
    '`2`',
    'plan imports (preview or apply) of one partnership that may wait or run at once in the import worker; one more is answered `SERVICE_UNAVAILABLE` ("busy, try again shortly")',
  ),
  WAYMARK_IMPORT_WORKER_HEAP_MB: variable(
    wholeNumber(64, 8192),
    '`256`',
    'heap limit of the worker thread that reads and plans a plan import; a file needing more is refused with a clear message and only that worker restarts',
  ),
  WAYMARK_IMPORT_WORKER_IDLE_MS: variable(
    wholeNumber(0, 86_400_000),
    '`300000` (5 minutes)',
    'the import worker starts on the first import; without an import for this long it is stopped to give its memory back, and the next import starts it again. `0`: in production it starts with the API and is never stopped',
  ),
  WAYMARK_IMPORTS_PER_PERSON: variable(
    wholeNumber(1, 10_000),
    '`30`',
    'plan import requests (uploads, previews, applies) one person may make in 10 minutes; more are answered HTTP 429 / `TOO_MANY_REQUESTS`',
  ),
  WAYMARK_EXPORTS_PER_PERSON: variable(
    wholeNumber(1, 10_000),
    '`120`',
    'downloads (reports, plan exports, StratML, backup) one person may start in 10 minutes; more are answered HTTP 429 with `Retry-After`',
  ),
  CHROMIUM_PATH: variable(nonEmpty, '`/usr/bin/chromium`', 'browser used to print PDF exports'),
  LOG_LEVEL: variable(oneOf(LOG_LEVELS), '`info`', 'structured JSON log level (one line per request and event)'),
  LOG_FORMAT: variable(
    oneOf(['json', 'pretty']),
    '`json` in production, `pretty` otherwise',
    '`json`: one JSON object per line for a log collector; `pretty`: readable lines for a terminal',
  ),
  LOG_SLOW_QUERY_MS: variable(
    wholeNumber(1, 600_000),
    '`500`',
    'SQL statements slower than this are logged (without parameters)',
  ),
  METRICS_TOKEN: variable(
    z.string().trim().min(16, { message: 'at least 16 characters' }),
    'unset → `/metrics` is off',
    'bearer token that Prometheus sends to `GET /metrics`',
  ),
  WAYMARK_PUBLIC_URL: variable(
    httpUrl,
    '`http://localhost:3000`',
    'the address people use to reach Waymark; links in e-mails and from `npm run admin:create` start with it',
  ),
  SMTP_URL: variable(
    smtpUrl,
    'unset → e-mails stay in the outbox (administrators read them under Administration → Outbox)',
    'mail server to deliver e-mail through, e.g. `smtp://user:password@smtp.example.org:587` (STARTTLS when offered) or `smtps://…:465`',
  ),
  MAIL_FROM: variable(
    mailbox,
    '`Waymark <waymark@localhost>`',
    'sender of every e-mail, e.g. `Community Safety Partnership <waymark@council.gov.uk>`',
  ),
  MAIL_POLL_SECONDS: variable(
    wholeNumber(1, 3600),
    '`5`',
    'how often each instance looks for e-mails to deliver (instances never send the same message twice at once)',
  ),
  MAIL_MAX_ATTEMPTS: variable(
    wholeNumber(1, 50),
    '`10`',
    'delivery attempts (with exponential back-off from 30 s to 1 h) before a message is marked failed',
  ),
  JOBS_ENABLED: variable(
    onOff,
    '`on`',
    '`on` runs the scheduled jobs (reminders, chasers, escalation) from this instance; every instance may run them, each job still runs once per schedule. `off` for an instance that must only serve requests',
  ),
  INVITATION_EXPIRY_DAYS: variable(
    wholeNumber(1, 90),
    '`7`',
    'how long an invitation link (and the link printed by `npm run admin:create`) works',
  ),
  OIDC_ISSUER: variable(
    httpUrl,
    'unset → no installation-wide single sign-on (partnerships may still set their own)',
    'OpenID Connect provider for every partnership, e.g. `https://login.microsoftonline.com/<tenant-id>/v2.0` for Microsoft Entra ID; set with `OIDC_CLIENT_ID` and `OIDC_CLIENT_SECRET`. Redirect URI to register: `<WAYMARK_PUBLIC_URL>/api/auth/oidc/callback`',
  ),
  OIDC_CLIENT_ID: variable(nonEmpty, 'unset', 'the application (client) ID registered with `OIDC_ISSUER`'),
  OIDC_CLIENT_SECRET: variable(nonEmpty, 'unset', 'the client secret registered with `OIDC_ISSUER`'),
  OIDC_BUTTON_LABEL: variable(
    nonEmpty,
    '`Sign in with Microsoft`',
    'text of the single sign-on button on the sign-in page',
  ),
  WAYMARK_EVENT_LOOP_PROBE: variable(onOff, '`off`', '`on` mounts `/api/diagnostics/event-loop` (benchmarks only)'),
} as const;

export type ConfigVariableName = keyof typeof CONFIG_VARIABLES;
