import { HttpStatus, Logger } from '@nestjs/common';
import { causeText, isDatabaseUnavailable, serviceUnavailable } from '@waymark/api/shared/util';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const log = new Logger('Sessions');

/**
 * The session store is the database: when it cannot read the session (a stall, a restart) the request is answered
 * SERVICE_UNAVAILABLE in the shape its client reads (a GraphQL error on /graphql, `{ message, code }` elsewhere),
 * instead of Express' HTML 500. The session itself is left alone, so the same cookie works once PostgreSQL answers.
 */
export function answerSessionStoreFailures(sessions: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    void sessions(req, res, (error?: unknown) => {
      if (!error) return next();
      log.warn({
        message: 'The session store did not answer',
        databaseUnavailable: isDatabaseUnavailable(error),
        reason: causeText(error),
      });
      if (res.headersSent) return undefined;
      const answer = serviceUnavailable();
      const code = String(answer.extensions['code']);
      res.status(HttpStatus.SERVICE_UNAVAILABLE).set('Retry-After', '5');
      if (req.path === '/graphql')
        res.json({ errors: [{ message: answer.message, extensions: { code } }], data: null });
      else res.json({ message: answer.message, code });
      return undefined;
    });
  };
}
