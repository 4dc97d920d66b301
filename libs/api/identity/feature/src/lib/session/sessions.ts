import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SignInResult } from '@waymark/api/identity/data-access';
import connectPgSimple from 'connect-pg-simple';
import type { Request, Response } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { sessionSettings } from './session-settings';

declare module 'express-session' {
  interface SessionData {
    personId: string;
    /** Epoch ms of sign-in, for the absolute timeout. */
    signedInAt: number;
    method: string;
  }
}

/**
 * Server-side sessions in PostgreSQL (table user_session, created by the migration): httpOnly,
 * SameSite=Lax, Secure whenever the request arrived over https (directly or via a trusted proxy),
 * rolling idle expiry enforced by the store, absolute expiry checked by the guard.
 */
export function configureSessions(app: NestExpressApplication): void {
  const settings = sessionSettings();
  const dataSource = app.get(DataSource);
  // Reuse TypeORM's pg pool: one pool, closed with the app.
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  app.set('trust proxy', settings.trustProxy);
  const PgStore = connectPgSimple(session);
  const store = new PgStore({
    pool,
    tableName: 'user_session',
    createTableIfMissing: false,
    pruneSessionInterval: 15 * 60,
    errorLog: (...args: unknown[]) => console.error('Session store:', ...args),
  });
  app.use(
    session({
      name: settings.cookieName,
      secret: settings.secrets,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      unset: 'destroy',
      cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/', maxAge: settings.idleMs },
    }),
  );
}

function call(fn: (cb: (err?: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => fn((err) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve())));
}

/** Common to every sign-in method: a fresh session id (no fixation), bound to the person. */
export async function establishSession(req: Request, result: SignInResult): Promise<void> {
  await call((cb) => req.session.regenerate(cb));
  req.session.personId = result.personId;
  req.session.signedInAt = Date.now();
  req.session.method = result.method;
  await call((cb) => req.session.save(cb));
}

/** Deletes the session row and clears the cookie. */
export async function endSession(req: Request, res: Response | undefined): Promise<void> {
  if (req.session) await call((cb) => req.session.destroy(cb));
  res?.clearCookie(sessionSettings().cookieName, { path: '/', httpOnly: true, sameSite: 'lax' });
}

export function isPastAbsoluteTimeout(req: Request, now = Date.now()): boolean {
  const signedInAt = req.session?.signedInAt;
  return typeof signedInAt !== 'number' || now - signedInAt > sessionSettings().absoluteMs;
}
