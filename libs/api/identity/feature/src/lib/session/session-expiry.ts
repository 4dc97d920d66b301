import { asError } from '@waymark/api/shared/util';
import type { Request } from 'express';
import type { SessionData, Store } from 'express-session';
import { sessionSettingsOf } from './session-settings';

/** The warning comes two minutes before the end (GOV.UK timeout pattern), or halfway through a shorter idle timeout. */
export const WARNING_SECONDS = 120;

export interface SessionExpiry {
  /** Seconds until the session ends if nothing else happens. */
  readonly secondsLeft: number;
  /** How long before the end the client warns. */
  readonly warnSeconds: number;
  /** False when the absolute limit ends the session first: staying signed in cannot help then. */
  readonly extendable: boolean;
}

// The store's expiry of the session row this request loaded (epoch ms), remembered by WaymarkSessionStore.get.
const storeExpiryByRequest = new WeakMap<Request, number>();
// Sessions (req.session objects) whose expiry this request must not push forward, and those it must push now.
const untouched = new WeakSet<object>();
const forced = new WeakSet<object>();

export function rememberStoreExpiry(req: Request, expireMs: number): void {
  storeExpiryByRequest.set(req, expireMs);
}

/** For WaymarkSessionStore.touch: 'skip' (asking when a session ends must not extend it), 'force' (keep-alive), or throttle as usual. */
export function touchMode(sess: SessionData): 'skip' | 'force' | 'throttled' {
  if (untouched.has(sess)) return 'skip';
  return forced.has(sess) ? 'force' : 'throttled';
}

/** This request leaves the session's expiry where it was (the rolling cookie still refreshes; the store decides). */
export function leaveSessionUntouched(req: Request): void {
  if (req.session) untouched.add(req.session);
}

/** Starts the idle timeout again now, bypassing the touch throttle, and waits until the store has it. */
export async function extendSession(req: Request): Promise<void> {
  const session = req.session;
  const store = (req as Request & { sessionStore?: Store }).sessionStore;
  if (!session || !store?.touch) return;
  untouched.delete(session);
  forced.add(session);
  session.touch();
  await new Promise<void>((resolve, reject) =>
    store.touch?.(req.sessionID, session as typeof session & SessionData, (err?: unknown) =>
      err ? reject(asError(err)) : resolve(),
    ),
  );
  const expires = session.cookie.expires;
  if (expires) storeExpiryByRequest.set(req, expires.getTime());
}

/** When the signed-in session of this request ends: the earlier of the store's idle expiry and the absolute limit. */
export function sessionExpiryOf(req: Request, now = Date.now()): SessionExpiry | null {
  const idleEnd = storeExpiryByRequest.get(req);
  const signedInAt = req.session?.signedInAt;
  if (idleEnd === undefined || typeof signedInAt !== 'number') return null;
  const settings = sessionSettingsOf(req);
  const absoluteEnd = signedInAt + settings.absoluteMs;
  const end = Math.min(idleEnd, absoluteEnd);
  return {
    secondsLeft: Math.max(0, Math.floor((end - now) / 1000)),
    warnSeconds: Math.min(WARNING_SECONDS, Math.floor(settings.idleMs / 2000)),
    extendable: absoluteEnd > idleEnd,
  };
}
