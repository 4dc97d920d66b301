import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { reportErrorResponse } from '@waymark/api/reporting/feature';
import { localDate } from '@waymark/shared/domain';
import type { RequestWithActor } from '@waymark/api/shared/util';
import { auditLogCsv } from './audit-log-csv';
import { AuditLogService } from './audit-log.service';

/**
 * GET /api/audit-log.csv?personId=&recordType=&from=&to= — the filtered log (the newest 10,000 rows at most) as CSV,
 * for the partnership's administrators (the global session guard sets req.actor).
 */
@Controller('api')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  @Get('audit-log.csv')
  async csv(
    @Req() req: RequestWithActor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const actor = req.actor;
    if (!actor) {
      res.status(401).json({ error: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
      return;
    }
    const text = (name: string) => {
      const value = query[name];
      return typeof value === 'string' ? value : null;
    };
    try {
      const { entries, timeZone } = await this.log.all(actor, {
        personId: text('personId'),
        recordType: text('recordType'),
        from: text('from'),
        to: text('to'),
      });
      const fileName = `audit-log-${localDate(new Date(), timeZone)}.csv`;
      res
        .status(200)
        .setHeader('Content-Type', 'text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${fileName}"`)
        .setHeader('Cache-Control', 'private, no-store')
        .setHeader('X-Content-Type-Options', 'nosniff')
        .send(auditLogCsv(entries, timeZone));
    } catch (error) {
      const answer = reportErrorResponse(error);
      if (!answer) throw error;
      const fields = (error as { extensions?: { fields?: unknown } }).extensions?.fields;
      res
        .status(answer.status)
        .set(answer.headers)
        .json(fields ? { ...answer.body, fields } : answer.body);
    }
  }
}
