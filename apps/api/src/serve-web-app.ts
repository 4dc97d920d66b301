import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PREFIXES = ['/graphql', '/api', '/health'];

/** `web/` beside main.js in the built artefact (dist/artefact, the image); else the workspace's web build. */
function defaultWebRoot(): string {
  // process.argv[1], not require.main: webpack's require.main has no filename.
  const besideMain = process.argv[1] ? join(dirname(process.argv[1]), 'web') : null;
  return besideMain && existsSync(besideMain) ? besideMain : join(process.cwd(), 'dist/apps/web/browser');
}

/** WAYMARK_WEB_ROOT, or web/ beside main.js in the artefact, or the workspace's web build. */
export const webRoot = (configured: string | undefined): string => configured ?? defaultWebRoot();

/** Serves the built Angular app on the same port, with an SPA fallback that never swallows API paths. */
export function serveWebApp(app: NestExpressApplication, root: string): void {
  if (!existsSync(root)) {
    new Logger('WebApp').warn(`Web app not built at ${root}: only the API is served.`);
    return;
  }
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(root, 'index.html'));
  });
}
