import { ConfigError, loadConfig } from './load-config';

const SECRET = 'a'.repeat(64);

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives working defaults for an empty development environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.demoData).toBe(true);
    expect(config.database).toMatchObject({ url: undefined, poolSize: 10, statementTimeoutMs: 5_000, ssl: 'off' });
    expect(config.session).toMatchObject({ idleMinutes: 30, absoluteHours: 12, secrets: undefined });
    expect(config.reports.workers).toBeGreaterThanOrEqual(1);
    expect(config.observability.metricsToken).toBeUndefined();
  });

  it.each([
    ['WAYMARK_REPORT_WORKERS', 'two', 'WAYMARK_REPORT_WORKERS must be a whole number from 1 to 32, got "two"'],
    ['SESSION_IDLE_MINUTES', 'thirty', 'SESSION_IDLE_MINUTES must be a whole number from 1 to 1440, got "thirty"'],
    ['PORT', '70000', 'PORT must be a whole number from 0 to 65535, got "70000"'],
    ['DATABASE_POOL_SIZE', '0', 'DATABASE_POOL_SIZE must be a whole number from 2 to 200, got "0"'],
    ['WAYMARK_DEMO_DATA', 'maybe', 'WAYMARK_DEMO_DATA must be "on" or "off", got "maybe"'],
    ['DATABASE_SSL', 'yes', 'DATABASE_SSL must be one of "off", "require", "verify-full", got "yes"'],
    [
      'LOG_LEVEL',
      'loud',
      'LOG_LEVEL must be one of "fatal", "error", "warn", "info", "debug", "trace", "silent", got "loud"',
    ],
    ['NODE_ENV', 'prod', 'NODE_ENV must be one of "development", "production", "test", got "prod"'],
  ])('refuses %s=%s, naming the variable and the expected form', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([message]);
  });

  it('reports every bad variable at once and never echoes secrets', () => {
    const problems = problemsOf({
      PORT: 'http',
      SESSION_SECRET: 'short-secret',
      DATABASE_URL: 'mysql://root:hunter2@db/x',
    });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain(
      'SESSION_SECRET must be one or more comma-separated random strings of at least 32 characters',
    );
    expect(problems.join('\n')).toContain('DATABASE_URL must be a PostgreSQL URL');
    expect(problems.join('\n')).not.toMatch(/short-secret|hunter2/);
  });

  it('refuses to start in production without SESSION_SECRET', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'SESSION_SECRET must be set in production (e.g. `openssl rand -hex 32`)',
    ]);
  });

  it('never loads demo data in production unless asked explicitly', () => {
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, WAYMARK_DEMO_DATA: 'on' }).demoData).toBe(true);
  });

  it('reads where the report worker script lives, unset by default', () => {
    expect(loadConfig({}).reports.workerFile).toBeUndefined();
    expect(loadConfig({ WAYMARK_REPORT_WORKER: '/opt/waymark/report-worker.js' }).reports.workerFile).toBe(
      '/opt/waymark/report-worker.js',
    );
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '', WAYMARK_REPORT_WORKERS: ' ' }).port).toBe(3000);
  });

  it('parses secrets for rotation, trust proxy forms and TLS to PostgreSQL', () => {
    const config = loadConfig({
      SESSION_SECRET: `${SECRET}, ${'b'.repeat(32)}`,
      TRUST_PROXY: '1',
      DATABASE_SSL: 'verify-full',
      DATABASE_SSL_CA_FILE: '/etc/ssl/rds.pem',
      DATABASE_URL: 'postgres://waymark:pw@db.internal:5432/waymark',
    });
    expect(config.session.secrets).toEqual([SECRET, 'b'.repeat(32)]);
    expect(config.session.trustProxy).toBe(1);
    expect(config.database).toMatchObject({ ssl: 'verify-full', sslCaFile: '/etc/ssl/rds.pem' });
    expect(loadConfig({ TRUST_PROXY: 'false' }).session.trustProxy).toBe(false);
    expect(loadConfig({}).session.trustProxy).toBe(false); // X-Forwarded-For is trusted only when a proxy is configured
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).session.trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it('configures e-mail: outbox only by default, SMTP when a URL is given, links from the public address', () => {
    expect(loadConfig({}).mail).toEqual({
      smtpUrl: undefined,
      from: 'Waymark <waymark@localhost>',
      pollSeconds: 5,
      maxAttempts: 10,
    });
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    const config = loadConfig({
      SMTP_URL: 'smtps://u:p@smtp.example.org:465',
      MAIL_FROM: 'waymark@example.org',
      WAYMARK_PUBLIC_URL: 'https://waymark.example.org/',
    });
    expect(config.mail).toMatchObject({ smtpUrl: 'smtps://u:p@smtp.example.org:465', from: 'waymark@example.org' });
    expect(config.publicUrl).toBe('https://waymark.example.org');
  });

  it('refuses bad mail settings, never echoing the SMTP password', () => {
    const problems = problemsOf({
      SMTP_URL: 'http://user:hunter2@mail',
      MAIL_FROM: 'not an address',
      WAYMARK_PUBLIC_URL: 'waymark.example.org',
    });
    expect(problems).toEqual([
      'WAYMARK_PUBLIC_URL must be an http:// or https:// address such as https://waymark.example.org, got "waymark.example.org"',
      'SMTP_URL must be an SMTP URL such as smtp://user:password@smtp.example.org:587, got (value hidden)',
      'MAIL_FROM must be an e-mail address, optionally with a name, such as "Waymark <waymark@example.org>", got "not an address"',
    ]);
  });

  it('refuses a CA file without certificate verification', () => {
    expect(problemsOf({ DATABASE_SSL_CA_FILE: '/etc/ssl/rds.pem' })).toEqual([
      'DATABASE_SSL_CA_FILE is only used with DATABASE_SSL=verify-full',
    ]);
  });

  it('configures installation-wide single sign-on only when issuer, client id and secret are all set', () => {
    expect(loadConfig({}).oidc).toEqual({ provider: undefined, buttonLabel: 'Sign in with Microsoft' });
    const config = loadConfig({
      OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0/',
      OIDC_CLIENT_ID: 'app-id',
      OIDC_CLIENT_SECRET: 'hunter2',
      OIDC_BUTTON_LABEL: 'Sign in with your council account',
    });
    expect(config.oidc).toEqual({
      provider: {
        issuer: 'https://login.microsoftonline.com/tenant/v2.0',
        clientId: 'app-id',
        clientSecret: 'hunter2',
      },
      buttonLabel: 'Sign in with your council account',
    });
    expect(problemsOf({ OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0' })).toEqual([
      'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together (or none of them)',
    ]);
    expect(problemsOf({ OIDC_ISSUER: 'login.microsoftonline.com' })).toEqual([
      'OIDC_ISSUER must be an http:// or https:// address such as https://waymark.example.org, got "login.microsoftonline.com"',
    ]);
  });
});
