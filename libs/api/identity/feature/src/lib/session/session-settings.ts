import { randomBytes } from 'node:crypto';

export interface SessionSettings {
  readonly cookieName: string;
  /** Several secrets allow rotation: the first signs, all verify. */
  readonly secrets: string[];
  /** Idle timeout: the session expires this long after the last request (rolling cookie + store expiry). */
  readonly idleMs: number;
  /** Absolute timeout: the session ends this long after sign-in whatever the activity. */
  readonly absoluteMs: number;
  /** Express `trust proxy`: which hops may set X-Forwarded-For / -Proto. */
  readonly trustProxy: boolean | number | string;
}

let cached: SessionSettings | null = null;

function trustProxyFrom(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '') return 'loopback, linklocal, uniquelocal';
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** From the environment: SESSION_SECRET (comma-separated for rotation), SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS, TRUST_PROXY. */
export function sessionSettings(): SessionSettings {
  if (cached) return cached;
  const env = process.env;
  let secrets = (env['SESSION_SECRET'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (secrets.length === 0) {
    if (env['NODE_ENV'] === 'production') throw new Error('SESSION_SECRET must be set in production (a long random string).');
    secrets = [randomBytes(32).toString('hex')];
    if (env['NODE_ENV'] !== 'test') {
      console.warn('SESSION_SECRET is not set: using a random secret for this process (everyone is signed out on restart).');
    }
  }
  cached = {
    cookieName: 'waymark.sid',
    secrets,
    idleMs: Number(env['SESSION_IDLE_MINUTES'] ?? 30) * 60_000,
    absoluteMs: Number(env['SESSION_ABSOLUTE_HOURS'] ?? 12) * 3_600_000,
    trustProxy: trustProxyFrom(env['TRUST_PROXY']),
  };
  return cached;
}
