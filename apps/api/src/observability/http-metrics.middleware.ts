import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from './metrics';

/** Times every request; the route label is the matched route pattern, never the raw path (bounded cardinality). */
export function httpMetrics(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const end = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      // Apollo answers on a wildcard route under /graphql; everything else has its route pattern or none (static files).
      const route = req.originalUrl.startsWith('/graphql')
        ? '/graphql'
        : ((req.route as { path?: string } | undefined)?.path ?? 'other');
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
