import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PREFIXES = ['/graphql', '/api', '/health'];

/** Serves the built Angular app on the same port, with an SPA fallback that never swallows API paths. */
/** WAYMARK_WEB_ROOT, or the workspace's build output seen from the working directory. */
export const webRoot = (configured: string | undefined): string => configured ?? join(process.cwd(), 'dist/apps/web/browser');

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
