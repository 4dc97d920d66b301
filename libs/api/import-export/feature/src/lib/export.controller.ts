import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ExportedFile, SpreadsheetFormat } from '@waymark/api/import-export/data-access';
import { reportErrorResponse } from '@waymark/api/reporting/feature';
import { type Actor, type RequestWithActor } from '@waymark/api/shared/util';
import { ImportExportService } from './import-export.service';

function spreadsheetFormat(value: string): SpreadsheetFormat | null {
  return value === 'xlsx' || value === 'csv' ? value : null;
}

/**
 * Downloads for signed-in people (the global session guard sets req.actor):
 *   GET /api/export/template.xlsx | template.csv                  blank template with an example row
 *   GET /api/export/strategies/:id/plan.xlsx | plan.csv           the strategy in the template (re-importable)
 *   GET /api/export/strategies/:id/stratml.xml[?periodId=…]       StratML Part 2 performance report
 *   GET /api/export/backup.json                                    full partnership backup (administrators)
 */
@Controller('api/export')
export class ExportController {
  constructor(private readonly service: ImportExportService) {}

  @Get('template.:format')
  async template(@Req() req: RequestWithActor, @Param('format') format: string, @Res() res: Response): Promise<void> {
    await this.respond(req, res, () => {
      const f = spreadsheetFormat(format);
      return f ? this.service.template(f) : null;
    });
  }

  @Get('strategies/:strategyId/plan.:format')
  async plan(
    @Req() req: RequestWithActor,
    @Param('strategyId') strategyId: string,
    @Param('format') format: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.respond(req, res, (actor) => {
      const f = spreadsheetFormat(format);
      return f ? this.service.exportPlan(actor, strategyId, f) : null;
    });
  }

  @Get('strategies/:strategyId/stratml.xml')
  async stratml(
    @Req() req: RequestWithActor,
    @Param('strategyId') strategyId: string,
    @Query('periodId') periodId: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await this.respond(req, res, (actor) => this.service.stratml(actor, strategyId, periodId || null));
  }

  @Get('backup.json')
  async backup(@Req() req: RequestWithActor, @Res() res: Response): Promise<void> {
    await this.respond(req, res, (actor) => this.service.backup(actor));
  }

  private async respond(
    req: RequestWithActor & Partial<Request>,
    res: Response,
    produce: (actor: Actor) => Promise<ExportedFile> | null,
  ): Promise<void> {
    const actor = req.actor;
    if (!actor) {
      res.status(401).json({ error: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
      return;
    }
    try {
      await this.service.chargeExport(actor);
      const pending = produce(actor);
      if (!pending) {
        res.status(404).json({ error: 'NOT_FOUND', message: 'Choose .xlsx or .csv.' });
        return;
      }
      const file = await pending;
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      res
        .status(200)
        .setHeader('Content-Type', file.contentType)
        .setHeader(
          'Content-Disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .setHeader('Cache-Control', 'private, no-store')
        .setHeader('X-Content-Type-Options', 'nosniff')
        .send(file.content);
    } catch (error) {
      // Refusals (bad input, access, busy, too many downloads) answered as the report downloads answer them.
      const answer = reportErrorResponse(error);
      if (!answer) throw error;
      res.status(answer.status).set(answer.headers).json(answer.body);
    }
  }
}
