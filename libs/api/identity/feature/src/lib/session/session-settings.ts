import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { WaymarkConfig } from '@waymark/api/shared/config';
import type { Request } from 'express';

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

const SETTINGS_KEY = 'waymark session settings';

/** From the validated configuration; without SESSION_SECRET (never in production) a random one per process. */
export function sessionSettings(config: WaymarkConfig): SessionSettings {
  const secrets = config.session.secrets ? [...config.session.secrets] : [randomBytes(32).toString('hex')];
  if (!config.session.secrets && config.environment !== 'test')
    new Logger('Sessions').warn(
      'SESSION_SECRET is not set: using a random secret for this process (everyone is signed out on restart).',
    );
  return {
    cookieName: 'waymark.sid',
    secrets,
    idleMs: config.session.idleMinutes * 60_000,
    absoluteMs: config.session.absoluteHours * 3_600_000,
    trustProxy: config.session.trustProxy,
  };
}

/** Kept on the Express app by configureSessions, so request-level helpers read the same settings. */
export function rememberSessionSettings(
  app: { set(key: string, value: unknown): unknown },
  settings: SessionSettings,
): void {
  app.set(SETTINGS_KEY, settings);
}

export function sessionSettingsOf(req: Request): SessionSettings {
  return req.app.get(SETTINGS_KEY) as SessionSettings;
}
