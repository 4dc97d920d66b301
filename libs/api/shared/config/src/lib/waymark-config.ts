import type { LOG_LEVELS } from './config-variables';

/** The validated configuration, grouped by concern; built once at boot by `loadConfig`. */
export interface WaymarkConfig {
  readonly environment: 'development' | 'production' | 'test';
  readonly production: boolean;
  readonly port: number;
  readonly database: {
    /** Unset: an embedded PostgreSQL is started in `embeddedDataDir`. */
    readonly url?: string;
    readonly poolSize: number;
    readonly statementTimeoutMs: number;
    readonly ssl: 'off' | 'require' | 'verify-full';
    readonly sslCaFile?: string;
    readonly embeddedDataDir: string;
  };
  readonly demoData: boolean;
  readonly session: {
    /** Unset outside production: a random secret per process. */
    readonly secrets?: readonly string[];
    readonly idleMinutes: number;
    readonly absoluteHours: number;
    readonly trustProxy: boolean | number | string;
  };
  readonly http: {
    readonly keepAliveSeconds: number;
    readonly shutdownTimeoutSeconds: number;
    readonly webRoot?: string;
  };
  readonly reports: {
    readonly workers: number;
    readonly queueLimit: number;
    readonly queuePerPartnership: number;
    readonly chromiumPath: string;
    /** Unset: report-worker.js beside main.js, else the TypeScript source (tests, scripts). */
    readonly workerFile?: string;
    /** A report worker without an export this long is stopped; 0: workers start with the API and stay. */
    readonly workerIdleMs: number;
  };
  readonly imports: {
    readonly queuePerPartnership: number;
    readonly workerHeapMb: number;
    /** The import worker is stopped after this long without an import; 0: it starts with the API and stays. */
    readonly workerIdleMs: number;
  };
  /** Requests of heavy work one person may make per window (PersonRateLimit). */
  readonly rateLimits: {
    readonly windowSeconds: number;
    readonly importsPerPerson: number;
    readonly exportsPerPerson: number;
  };
  /** Where people reach Waymark (no trailing slash): the start of every link in e-mails. */
  readonly publicUrl: string;
  readonly identity: {
    /** Days an invitation link works. */
    readonly invitationDays: number;
  };
  readonly oidc: {
    /** Installation-wide OpenID Connect provider (all three variables set), for people of every partnership. */
    readonly provider?: { readonly issuer: string; readonly clientId: string; readonly clientSecret: string };
    readonly buttonLabel: string;
  };
  readonly mail: {
    /** Unset: messages stay queued in the outbox for administrators to read. */
    readonly smtpUrl?: string;
    readonly from: string;
    readonly pollSeconds: number;
    readonly maxAttempts: number;
  };
  readonly jobs: {
    /** Start the scheduler with the API (pg-boss; one run per schedule across instances). */
    readonly enabled: boolean;
  };
  readonly observability: {
    readonly logLevel: (typeof LOG_LEVELS)[number];
    readonly logFormat: 'json' | 'pretty';
    readonly slowQueryMs: number;
    readonly metricsToken?: string;
    readonly eventLoopProbe: boolean;
  };
}
