import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

const ONE_YEAR_S = 31_536_000;

/** CSP hashes of the inline scripts of the built index.html (GOV.UK Frontend's "js-enabled" line), read at start. */
export function inlineScriptHashes(webRoot: string): string[] {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
}

/**
 * Security headers (helmet): a Content Security Policy that allows only this origin's scripts plus the hashed
 * inline script (no eval, no inline handlers), no framing, no referrer across origins, no MIME sniffing. Inline
 * styles stay allowed: Angular adds component styles at run time and style injection cannot run code. HSTS only
 * on requests that arrived over https (directly or via a trusted proxy), so a plain-http install is not locked out.
 */
export function useSecurityHeaders(app: NestExpressApplication, webRoot: string): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", ...inlineScriptHashes(webRoot)],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'same-origin' },
    }),
    (req: Request, res: Response, next: NextFunction) => {
      if (req.secure) res.setHeader('Strict-Transport-Security', `max-age=${ONE_YEAR_S}; includeSubDomains`);
      next();
    },
  );
}
