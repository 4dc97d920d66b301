import type { NestExpressApplication } from '@nestjs/platform-express';
import { json, type NextFunction, type Request, type Response } from 'express';

/** Ordinary GraphQL requests are small; only a signed-in person may send a plan import (base64 in GraphQL, ≤ 10 MB). */
export const BODY_LIMITS = { signedOut: '100kb', signedIn: '15mb' } as const;

/**
 * JSON bodies are read with a limit that depends on who sends them: before signing in nobody can make the server
 * buffer and parse more than 100 kB (a 14 MB anonymous query cost ~1 s of CPU and ~340 MB). Sessions are loaded
 * before this runs. Too large → 413 before the body is read.
 */
export function useBodyLimits(app: NestExpressApplication): void {
  const small = json({ limit: BODY_LIMITS.signedOut });
  const large = json({ limit: BODY_LIMITS.signedIn });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const signedIn = typeof (req.session as { personId?: unknown } | undefined)?.personId === 'string';
    (signedIn ? large : small)(req, res, next);
  });
}
