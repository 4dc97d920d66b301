import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { DataSource } from 'typeorm';
import {
  assertWordTemplateWithinLimits,
  WORD_TEMPLATE_LIMITS,
  WordTemplateRefused,
} from '@waymark/api/import-export/data-access';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { reportTemplateFile, saveReportTemplate } from '@waymark/api/reporting/data-access';
import { reportErrorResponse } from '@waymark/api/reporting/feature';
import type { RequestWithActor } from '@waymark/api/shared/util';
import { cleanFileName, hasPreflightHeader } from './import-upload.controller';

/** Room for the multipart boundary and part headers around a file of the largest size. */
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

/** One part, `file`, of at most WORD_TEMPLATE_LIMITS.maxBytes, in memory (as the plan import's upload reads it). */
const readFilePart = multer({
  storage: multer.memoryStorage(),
  defParamCharset: 'utf8',
  limits: { fileSize: WORD_TEMPLATE_LIMITS.maxBytes, files: 1, fields: 0, parts: 1, headerPairs: 20 },
}).single('file');

const CONTENT_TYPE = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  dotx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
};

type Answer = { status: number; body: { error: string; message: string; field?: string } };

const refused = (message: string, status = 400): Answer => ({
  status,
  body: { error: 'BAD_USER_INPUT', field: 'file', message },
});
const tooLarge = () =>
  refused(
    `The template is larger than ${WORD_TEMPLATE_LIMITS.maxBytes / 1024 / 1024} MB; a letterhead template is far smaller. Use smaller images in its header and footer.`,
    413,
  );

/**
 * The partnership's Word template for the board report. `POST /api/report-template` (multipart/form-data, one
 * part named `file`, a .docx or .dotx) checks and stores it, replacing the one before, answering 201 with what the
 * `reportTemplate` query gives; a refused file answers BAD_USER_INPUT naming the field `file` and stores nothing.
 * `GET /api/report-template/:id` downloads it back. Administrators only; CSRF-protected like the plan upload.
 */
@Controller('api/report-template')
export class ReportTemplateController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  async upload(@Req() req: Request & RequestWithActor, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor)
      return this.answer(
        res,
        { status: 401, body: { error: 'UNAUTHENTICATED', message: 'Sign in to continue.' } },
        true,
      );
    if (!hasPreflightHeader(req)) {
      return this.answer(
        res,
        {
          status: 400,
          body: {
            error: 'BAD_REQUEST',
            message:
              'This request has been blocked as a potential Cross-Site Request Forgery (CSRF): send it with an `Apollo-Require-Preflight: true` header.',
          },
        },
        true,
      );
    }
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')) {
      return this.answer(res, refused('Send the file as multipart/form-data, in a part named "file".', 415), true);
    }
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > WORD_TEMPLATE_LIMITS.maxBytes + MULTIPART_OVERHEAD_BYTES)
      return this.answer(res, tooLarge(), true);
    try {
      AccessPolicy.assertAdministrator(actor, actor.partnershipId);
      const file = await this.readFile(req, res);
      if ('status' in file) return this.answer(res, file, !req.complete);
      const fileName = cleanFileName(file.originalname);
      assertWordTemplateWithinLimits(fileName, file.buffer);
      const saved = await saveReportTemplate(this.dataSource, actor, fileName, file.buffer);
      res.status(201).setHeader('Cache-Control', 'no-store').json(saved);
    } catch (error) {
      if (error instanceof WordTemplateRefused) return this.answer(res, refused(error.message), false);
      const answer = reportErrorResponse(error);
      if (!answer) throw error;
      if (!req.complete) res.setHeader('Connection', 'close');
      res.status(answer.status).set(answer.headers).json(answer.body);
    }
  }

  @Get(':id')
  async download(@Req() req: Request & RequestWithActor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor)
      return this.answer(
        res,
        { status: 401, body: { error: 'UNAUTHENTICATED', message: 'Sign in to continue.' } },
        false,
      );
    try {
      const file = await reportTemplateFile(this.dataSource, actor, id);
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      res
        .status(200)
        .setHeader(
          'Content-Type',
          file.fileName.toLowerCase().endsWith('.dotx') ? CONTENT_TYPE.dotx : CONTENT_TYPE.docx,
        )
        .setHeader(
          'Content-Disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .setHeader('Cache-Control', 'private, no-store')
        .setHeader('X-Content-Type-Options', 'nosniff')
        .send(file.content);
    } catch (error) {
      const answer = reportErrorResponse(error);
      if (!answer) throw error;
      res.status(answer.status).set(answer.headers).json(answer.body);
    }
  }

  private readFile(req: Request, res: Response): Promise<Express.Multer.File | Answer> {
    return new Promise((resolve) => {
      readFilePart(req, res, (error: unknown) => {
        const file = (req as Request & { file?: Express.Multer.File }).file;
        if (error instanceof multer.MulterError)
          resolve(
            error.code === 'LIMIT_FILE_SIZE'
              ? tooLarge()
              : refused('Send one file, in a part named "file", and nothing else.'),
          );
        else if (error)
          resolve(refused('The upload could not be read: it is not a complete multipart/form-data body.'));
        else if (!file) resolve(refused('Choose a Word document (.docx) or template (.dotx).'));
        else resolve(file);
      });
    });
  }

  /** An answer sent before the body was read in full also closes the connection, so the rest is never read. */
  private answer(res: Response, answer: Answer, close: boolean): void {
    if (close) res.setHeader('Connection', 'close');
    res.status(answer.status).json(answer.body);
  }
}
