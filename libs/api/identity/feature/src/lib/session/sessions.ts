import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  actorFromRow,
  actorSql,
  DELIVERY_GROUP_KINDS,
  type ActorRow,
  type SignInResult,
  type SignInVia,
} from '@waymark/api/identity/data-access';
import { asError, type Actor } from '@waymark/api/shared/util';
import connectPgSimple from 'connect-pg-simple';
import type { Request, Response } from 'express';
import session, { type SessionData } from 'express-session';
import { pgPool } from '@waymark/api/database';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { answerSessionStoreFailures } from './session-store-failure';
import { rememberStoreExpiry, touchMode } from './session-expiry';
import { rememberSessionSettings, sessionSettings, sessionSettingsOf } from './session-settings';

declare module 'express-session' {
  interface SessionData {
    /** Who signed in. Sessions from before accounts existed have none: their person's account is theirs. */
    accountId?: string;
    /** The person row of the partnership chosen; absent while an account with several partnerships chooses one. */
    personId?: string;
    /** Epoch ms of sign-in, for the absolute timeout. */
    signedInAt: number;
    method: string;
    /** How the account proved who it is, for the partnerships it may then choose. */
    via?: SignInVia;
  }
}

/**
 * Server-side sessions in PostgreSQL (table user_session, created by the migration): httpOnly,
 * SameSite=Lax, Secure whenever the request arrived over https (directly or via a trusted proxy),
 * rolling idle expiry enforced by the store, absolute expiry checked by the guard.
 */
export function configureSessions(app: NestExpressApplication): void {
  const settings = sessionSettings(app.get<WaymarkConfig>(WAYMARK_CONFIG));
  rememberSessionSettings(app, settings);
  // Reuse TypeORM's pg pool: one pool, closed with the app.
  const pool = pgPool(app.get(DataSource));
  if (!pool) throw new Error('Sessions are stored in PostgreSQL: the data source must use the postgres driver.');
  app.set('trust proxy', settings.trustProxy);
  const store = new WaymarkSessionStore({
    pool,
    tableName: 'user_session',
    createTableIfMissing: false,
    pruneSessionInterval: 15 * 60,
    errorLog: (...args: unknown[]) => sessionStoreLog.error(args.map(String).join(' ')),
  });
  app.use(
    answerSessionStoreFailures(
      session({
        name: settings.cookieName,
        secret: settings.secrets,
        store,
        resave: false,
        saveUninitialized: false,
        rolling: true,
        // Not 'destroy': express-session then deletes the session whenever `req.session` is missing at the end of a
        // response, which is also the case when the store could not read it (a database stall signed everyone out).
        // Sessions end explicitly, through endSession.
        unset: 'keep',
        cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/', maxAge: settings.idleMs },
      }),
    ),
  );
}

/** Store expiry is pushed forward at most once a minute per session (not on every request). */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

const PgStore = connectPgSimple(session);
const sessionStoreLog = new Logger('SessionStore');
type StoreCallback = (err?: unknown, session?: SessionData | null) => void;
/** The session row with its person's actor columns (all null for a session still choosing a partnership). */
type SessionRow = ActorRow & { sess: string | SessionData; session_expire_ms: string };

/** Actors loaded with their session row, keyed by the session object handed to express-session. */
const actorBySession = new WeakMap<object, Actor | null>();
/** The row's expiry (epoch ms), so the session-expiry query can tell when it ends without another statement. */
const expireBySession = new WeakMap<object, number>();
type RequestWithSessionActor = Request & { sessionActor?: Actor | null };

/**
 * connect-pg-simple with two savings per signed-in request:
 * - `get` reads the session row and loads its person's actor in the same statement (LATERAL join), so the
 *   guard needs no second statement;
 * - `touch` (rolling idle expiry) writes at most once per SESSION_TOUCH_INTERVAL_MS per session and process;
 *   the idle timeout is therefore enforced to within that interval.
 */
export class WaymarkSessionStore extends PgStore {
  private readonly touchedAt = new Map<string, number>();
  private readonly pool: Pool;

  constructor(options: ConstructorParameters<typeof PgStore>[0] & { pool: Pool }) {
    super(options);
    this.pool = options.pool;
  }

  override get(sid: string, callback: StoreCallback): void {
    const sql = `SELECT user_session.sess, extract(epoch FROM user_session.expire::timestamptz) * 1000 AS session_expire_ms, actor.* FROM user_session
      LEFT JOIN LATERAL (${actorSql(`(user_session.sess->>'personId')::uuid`, '$3')}) actor ON true
      WHERE user_session.sid = $1 AND user_session.expire >= to_timestamp($2)`;
    const answer = (row: SessionRow | undefined) => {
      if (!row) return callback(null, null);
      const sess = (typeof row.sess === 'string' ? JSON.parse(row.sess) : row.sess) as SessionData;
      actorBySession.set(sess, actorFromRow(row));
      // expire is a timestamp without time zone written through to_timestamp() in this connection's time zone.
      expireBySession.set(sess, Number(row.session_expire_ms));
      return callback(null, sess);
    };
    // As connect-pg-simple's own query(): the callback runs on the next tick, outside the promise.
    void this.pool.query<SessionRow>(sql, [sid, Math.ceil(Date.now() / 1000), DELIVERY_GROUP_KINDS]).then(
      (result) => process.nextTick(answer, result.rows[0]),
      (err: unknown) => process.nextTick(callback, err || new Error('Promise was rejected with falsy value')),
    );
  }

  override createSession(req: Request, sess: SessionData): ReturnType<PgStoreBase['createSession']> {
    if (actorBySession.has(sess)) (req as RequestWithSessionActor).sessionActor = actorBySession.get(sess) ?? null;
    const expire = expireBySession.get(sess);
    if (expire !== undefined) rememberStoreExpiry(req, expire);
    return super.createSession(req, sess);
  }

  override touch(sid: string, sess: SessionData, callback?: () => void): void {
    const mode = touchMode(sess);
    if (mode === 'skip') {
      callback?.();
      return;
    }
    const now = Date.now();
    const last = this.touchedAt.get(sid);
    if (mode === 'throttled' && last !== undefined && now - last < SESSION_TOUCH_INTERVAL_MS) {
      callback?.();
      return;
    }
    this.touchedAt.delete(sid);
    this.touchedAt.set(sid, now);
    if (this.touchedAt.size > 10_000) {
      for (const [key, at] of this.touchedAt) {
        if (now - at < SESSION_TOUCH_INTERVAL_MS && this.touchedAt.size <= 10_000) break;
        this.touchedAt.delete(key);
      }
    }
    super.touch(sid, sess, callback);
  }

  // The pool is the app's and ends with it, but the prune timer is the store's own: a timer that fires after the app
  // closed would log an error (an API test process closes dozens of apps). An ended pool ends the pruning instead.
  override pruneSessions(callback?: (err: Error) => void): void {
    if (this.pool.ending) {
      this.close();
      return;
    }
    super.pruneSessions(callback);
  }
}
type PgStoreBase = InstanceType<typeof PgStore>;

/**
 * The actor loaded with this request's session row (see WaymarkSessionStore): undefined when none was loaded
 * (no session, or a different store), null when the session's person is unknown or archived.
 */
export function sessionActor(req: Request): Actor | null | undefined {
  return (req as RequestWithSessionActor).sessionActor;
}

function call(fn: (cb: (err?: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => fn((err) => (err ? reject(asError(err)) : resolve())));
}

/**
 * Common to every sign-in method, and to choosing or switching a partnership: a fresh session id (no fixation),
 * bound to the account and, once chosen, to its person in one partnership (null: still to choose). Switching keeps
 * the time of sign-in, so it never extends the absolute timeout.
 */
export async function establishSession(
  req: Request,
  result: SignInResult,
  personId: string | null,
  signedInAt = Date.now(),
): Promise<void> {
  await call((cb) => req.session.regenerate(cb));
  req.session.accountId = result.accountId;
  if (personId) req.session.personId = personId;
  req.session.signedInAt = signedInAt;
  req.session.method = result.method;
  req.session.via = result.via;
  await call((cb) => req.session.save(cb));
}

/** Deletes the session row and clears the cookie. */
export async function endSession(req: Request, res: Response | undefined): Promise<void> {
  if (req.session) await call((cb) => req.session.destroy(cb));
  res?.clearCookie(sessionSettingsOf(req).cookieName, { path: '/', httpOnly: true, sameSite: 'lax' });
}

export function isPastAbsoluteTimeout(req: Request, now = Date.now()): boolean {
  const signedInAt = req.session?.signedInAt;
  return typeof signedInAt !== 'number' || now - signedInAt > sessionSettingsOf(req).absoluteMs;
}
