import { z } from 'zod';
import { CONFIG_VARIABLES, defaultReportWorkers, type ConfigVariableName } from './config-variables';
import type { WaymarkConfig } from './waymark-config';

/** Every problem with the environment at once, each naming the variable and the form it expects. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Waymark's configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Parsed = { [K in ConfigVariableName]?: z.output<(typeof CONFIG_VARIABLES)[K]['schema']> };

const environmentSchema = z.object(
  Object.fromEntries(Object.entries(CONFIG_VARIABLES).map(([name, v]) => [name, v.schema.optional()])),
);

/** An empty value (`PORT=`) means unset, as in most deployment tools' env files. */
function present(env: NodeJS.ProcessEnv): Record<string, string> {
  const names = Object.keys(CONFIG_VARIABLES);
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = env[name];
      return value?.trim() ? [[name, value]] : [];
    }),
  );
}

function describe(issue: z.core.$ZodIssue, env: Record<string, string>): string {
  const name = String(issue.path[0]);
  const value = env[name] ?? '';
  const shown =
    name === 'SESSION_SECRET' ||
    name === 'METRICS_TOKEN' ||
    name === 'DATABASE_URL' ||
    name === 'SMTP_URL' ||
    name === 'OIDC_CLIENT_SECRET'
      ? '(value hidden)'
      : JSON.stringify(value);
  return `${name} must be ${issue.message}, got ${shown}`;
}

/** Parses and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): WaymarkConfig {
  const raw = present(env);
  const result = environmentSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(result.error.issues.map((issue) => describe(issue, raw)));
  const v = result.data as Parsed;
  const production = v.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && !v.SESSION_SECRET)
    problems.push('SESSION_SECRET must be set in production (e.g. `openssl rand -hex 32`)');
  if (v.DATABASE_SSL_CA_FILE && v.DATABASE_SSL !== 'verify-full')
    problems.push('DATABASE_SSL_CA_FILE is only used with DATABASE_SSL=verify-full');
  const oidcSet = [v.OIDC_ISSUER, v.OIDC_CLIENT_ID, v.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidcSet > 0 && oidcSet < 3)
    problems.push('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together (or none of them)');
  if (problems.length) throw new ConfigError(problems);
  return {
    environment: v.NODE_ENV ?? 'development',
    production,
    port: v.PORT ?? 3000,
    database: {
      url: v.DATABASE_URL,
      poolSize: v.DATABASE_POOL_SIZE ?? 10,
      statementTimeoutMs: v.DATABASE_STATEMENT_TIMEOUT_MS ?? 5_000,
      ssl: v.DATABASE_SSL ?? 'off',
      sslCaFile: v.DATABASE_SSL_CA_FILE,
      embeddedDataDir: v.WAYMARK_DATA_DIR ?? '.data/postgres',
    },
    demoData: v.WAYMARK_DEMO_DATA ?? !production,
    session: {
      secrets: v.SESSION_SECRET,
      idleMinutes: v.SESSION_IDLE_MINUTES ?? 30,
      absoluteHours: v.SESSION_ABSOLUTE_HOURS ?? 12,
      trustProxy: v.TRUST_PROXY ?? false,
    },
    http: {
      keepAliveSeconds: v.HTTP_KEEP_ALIVE_SECONDS ?? 75,
      shutdownTimeoutSeconds: v.SHUTDOWN_TIMEOUT_SECONDS ?? 30,
      webRoot: v.WAYMARK_WEB_ROOT,
    },
    reports: {
      workers: v.WAYMARK_REPORT_WORKERS ?? defaultReportWorkers(),
      queueLimit: v.WAYMARK_REPORT_QUEUE_LIMIT ?? 20,
      queuePerPartnership: v.WAYMARK_REPORT_QUEUE_PER_PARTNERSHIP ?? 6,
      chromiumPath: v.CHROMIUM_PATH ?? '/usr/bin/chromium',
      workerFile: v.WAYMARK_REPORT_WORKER,
      workerIdleMs: v.WAYMARK_REPORT_WORKER_IDLE_MS ?? 300_000,
    },
    imports: {
      queuePerPartnership: v.WAYMARK_IMPORT_QUEUE_PER_PARTNERSHIP ?? 2,
      workerHeapMb: v.WAYMARK_IMPORT_WORKER_HEAP_MB ?? 256,
      workerIdleMs: v.WAYMARK_IMPORT_WORKER_IDLE_MS ?? 300_000,
    },
    rateLimits: {
      windowSeconds: 600,
      importsPerPerson: v.WAYMARK_IMPORTS_PER_PERSON ?? 30,
      exportsPerPerson: v.WAYMARK_EXPORTS_PER_PERSON ?? 120,
    },
    publicUrl: v.WAYMARK_PUBLIC_URL ?? 'http://localhost:3000',
    identity: { invitationDays: v.INVITATION_EXPIRY_DAYS ?? 7 },
    oidc: {
      provider:
        v.OIDC_ISSUER && v.OIDC_CLIENT_ID && v.OIDC_CLIENT_SECRET
          ? { issuer: v.OIDC_ISSUER, clientId: v.OIDC_CLIENT_ID, clientSecret: v.OIDC_CLIENT_SECRET }
          : undefined,
      buttonLabel: v.OIDC_BUTTON_LABEL ?? 'Sign in with Microsoft',
    },
    mail: {
      smtpUrl: v.SMTP_URL,
      from: v.MAIL_FROM ?? 'Waymark <waymark@localhost>',
      pollSeconds: v.MAIL_POLL_SECONDS ?? 5,
      maxAttempts: v.MAIL_MAX_ATTEMPTS ?? 10,
    },
    jobs: { enabled: v.JOBS_ENABLED ?? true },
    observability: {
      logLevel: v.LOG_LEVEL ?? 'info',
      logFormat: v.LOG_FORMAT ?? (production ? 'json' : 'pretty'),
      slowQueryMs: v.LOG_SLOW_QUERY_MS ?? 500,
      metricsToken: v.METRICS_TOKEN,
      eventLoopProbe: v.WAYMARK_EVENT_LOOP_PROBE ?? false,
    },
  };
}
