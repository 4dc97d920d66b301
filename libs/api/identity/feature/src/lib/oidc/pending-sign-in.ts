import { asError } from '@waymark/api/shared/util';
import type { Request } from 'express';

/** What the callback must match, kept server-side in the session between start and callback. */
export interface PendingOidcSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** The partnership whose provider was used; null for the installation's provider. */
  readonly partnershipId: string | null;
  readonly startedAt: number;
}

declare module 'express-session' {
  interface SessionData {
    oidc?: PendingOidcSignIn;
  }
}

/** Long enough to sign in at the provider (multi-factor included), short enough that a stale tab cannot be replayed. */
export const PENDING_SIGN_IN_MS = 10 * 60_000;

function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((err: unknown) => (err ? reject(asError(err)) : resolve())));
}

export async function keepPendingSignIn(req: Request, pending: PendingOidcSignIn): Promise<void> {
  req.session.oidc = pending;
  await save(req);
}

/** Removes the pending sign-in before it is checked, so a state, nonce and verifier are good for one callback only. */
export async function takePendingSignIn(req: Request, now = Date.now()): Promise<PendingOidcSignIn | null> {
  const pending = req.session?.oidc;
  if (!pending) return null;
  delete req.session.oidc;
  await save(req);
  return now - pending.startedAt <= PENDING_SIGN_IN_MS ? pending : null;
}
