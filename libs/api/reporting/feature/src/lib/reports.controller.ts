import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { RenderedReport } from '@waymark/api/reporting/data-access';
import type { RequestWithActor } from '@waymark/api/shared/util';
import { reportErrorResponse } from './report-error-response';
import { parseBoardQuery, parseFormat, parseStrategy, type ReportQueryParams } from './report-query';
import { ReportService } from './report.service';

/** File downloads of the board update and changes reports, for any signed-in reader of the strategy. */
@Controller('api/reports')
export class ReportsController {
  constructor(private readonly reports: ReportService) {}

  @Get('board-update')
  async boardUpdate(
    @Req() req: Request & RequestWithActor,
    @Query() query: ReportQueryParams,
    @Res() res: Response,
  ): Promise<void> {
    await this.respond(req, res, async (actor) => {
      const parsed = parseBoardQuery(query);
      return this.reports.boardFile(actor, parsed.strategyId, parsed.options, parsed.format, parsed.version);
    });
  }

  @Get('changes')
  async changes(
    @Req() req: Request & RequestWithActor,
    @Query() query: ReportQueryParams,
    @Res() res: Response,
  ): Promise<void> {
    await this.respond(req, res, async (actor) => {
      const period = typeof query['period'] === 'string' && query['period'] ? query['period'] : null;
      return this.reports.changesFile(actor, parseStrategy(query), period, parseFormat(query));
    });
  }

  private async respond(
    req: RequestWithActor,
    res: Response,
    produce: (actor: NonNullable<RequestWithActor['actor']>) => Promise<RenderedReport>,
  ): Promise<void> {
    const actor = req.actor;
    if (!actor) {
      res.status(401).json({ error: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
      return;
    }
    try {
      await this.reports.chargeExport(actor);
      const file = await produce(actor);
      const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      res
        .status(200)
        .setHeader('Content-Type', file.contentType)
        .setHeader(
          'Content-Disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .setHeader('Cache-Control', 'private, no-store')
        .setHeader('X-Content-Type-Options', 'nosniff')
        .send(Buffer.from(file.bytes));
    } catch (error) {
      const answer = reportErrorResponse(error);
      if (!answer) throw error;
      res.status(answer.status).set(answer.headers).json(answer.body);
    }
  }
}
