import type { NestExpressApplication } from '@nestjs/platform-express';
import { json } from 'express';

/**
 * GraphQL requests are small for everyone: plan imports upload their file to `POST /api/import/uploads`
 * (multipart, its own limit) and name it by id, so no JSON body needs more than this.
 */
export const BODY_LIMITS = { json: '100kb' } as const;

/**
 * JSON bodies are read with a 100 kB limit, signed in or not: nobody can make the server buffer and parse more
 * (a 14 MB query cost ~1 s of CPU and ~340 MB). Too large → 413 before the body is read.
 */
export function useBodyLimits(app: NestExpressApplication): void {
  app.use(json({ limit: BODY_LIMITS.json }));
}
