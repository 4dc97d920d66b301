import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { STAGED_UPLOADS } from '@waymark/api/import-export/data-access';
import { reportErrorResponse } from '@waymark/api/reporting/feature';
import { stripControlCharactersFromText, type RequestWithActor } from '@waymark/api/shared/util';
import { ImportExportService } from './import-export.service';

/** Room for the multipart boundary and part headers around a file of the largest size. */
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

/**
 * Reads at most one part, `file`, of at most STAGED_UPLOADS.maxBytes, into memory: multer (the Express team's
 * multipart middleware over busboy, already what @nestjs/platform-express uses) stops buffering at the limit and
 * reports it, so a body larger than declared still never grows past the limit in memory.
 */
const readFilePart = multer({
  storage: multer.memoryStorage(),
  // File names as browsers send them: UTF-8 (busboy's default reads them as latin1).
  defParamCharset: 'utf8',
  limits: { fileSize: STAGED_UPLOADS.maxBytes, files: 1, fields: 0, parts: 1, headerPairs: 20 },
}).single('file');

/**
 * Apollo Server's CSRF prevention, applied to this endpoint: a multipart POST is a "simple" request a cross-site
 * form could send with the session cookie, so it must also carry a header no form can set (which makes a browser
 * ask first, and the API allows no other origin).
 */
export function hasPreflightHeader(req: Request): boolean {
  return ['apollo-require-preflight', 'x-apollo-operation-name'].some(
    (name) => (req.headers[name] ?? '').toString().trim() !== '',
  );
}

/** A browser sends the file's own name; keep the last path segment, printable and at most 255 characters. */
export function cleanFileName(name: string): string {
  return stripControlCharactersFromText(name.split(/[\\/]/).pop() ?? '')
    .trim()
    .slice(0, 255);
}

type Answer = { status: number; body: { error: string; message: string }; headers?: Record<string, string> };

/**
 * `POST /api/import/uploads` (multipart/form-data, one part named `file`): stages a plan spreadsheet for the
 * administrator's `previewPlanImport` / `applyPlanImport`, answering 201 `{ uploadId, fileName, byteSize, expiresAt }`.
 * Signed in (the global session guard), administrators only, CSRF-protected like /graphql, counted against the
 * person's import allowance; everything is checked before the body is read, and a declared size over the limit is
 * answered 413 without reading it.
 */
@Controller('api/import')
export class ImportUploadController {
  constructor(private readonly service: ImportExportService) {}

  @Post('uploads')
  async upload(@Req() req: Request & RequestWithActor, @Res() res: Response): Promise<void> {
    const refused = this.precheck(req);
    if (refused) return this.answer(res, refused, true);
    const actor = req.actor;
    if (!actor) return;
    try {
      // Access and the allowance are checked with an empty file first: nothing of the body is read for a refusal.
      await this.service.assertMayUpload(actor);
      const file = await this.readFile(req, res);
      if ('status' in file) return this.answer(res, file, file.status === 413);
      const staged = await this.service.upload(actor, cleanFileName(file.originalname), file.buffer);
      res.status(201).setHeader('Cache-Control', 'no-store').json({
        uploadId: staged.id,
        fileName: staged.fileName,
        byteSize: staged.byteSize,
        expiresAt: staged.expiresAt,
      });
    } catch (error) {
      const answer = reportErrorResponse(error);
      if (!answer) throw error;
      this.answer(res, { status: answer.status, body: answer.body, headers: { ...answer.headers } }, !req.complete);
    }
  }

  /** What can be refused from the headers alone. */
  private precheck(req: Request & RequestWithActor): Answer | null {
    if (!req.actor) return { status: 401, body: { error: 'UNAUTHENTICATED', message: 'Sign in to continue.' } };
    if (!hasPreflightHeader(req)) {
      return {
        status: 400,
        body: {
          error: 'BAD_REQUEST',
          message:
            'This request has been blocked as a potential Cross-Site Request Forgery (CSRF): send it with an `Apollo-Require-Preflight: true` header.',
        },
      };
    }
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')) {
      return {
        status: 415,
        body: { error: 'BAD_USER_INPUT', message: 'Send the file as multipart/form-data, in a part named "file".' },
      };
    }
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > STAGED_UPLOADS.maxBytes + MULTIPART_OVERHEAD_BYTES) return tooLarge();
    return null;
  }

  private readFile(req: Request, res: Response): Promise<Express.Multer.File | Answer> {
    return new Promise((resolve) => {
      readFilePart(req, res, (error: unknown) => {
        const file = (req as Request & { file?: Express.Multer.File }).file;
        if (error instanceof multer.MulterError) {
          if (error.code === 'LIMIT_FILE_SIZE') resolve(tooLarge());
          else
            resolve({
              status: 400,
              body: { error: 'BAD_USER_INPUT', message: 'Send one file, in a part named "file", and nothing else.' },
            });
        } else if (error) {
          resolve({
            status: 400,
            body: {
              error: 'BAD_USER_INPUT',
              message: 'The upload could not be read: it is not a complete multipart/form-data body.',
            },
          });
        } else if (!file) {
          resolve({
            status: 400,
            body: { error: 'BAD_USER_INPUT', message: 'Choose a file: the upload has no part named "file".' },
          });
        } else resolve(file);
      });
    });
  }

  /** An answer sent before the body was read in full also closes the connection, so the rest is never read. */
  private answer(res: Response, answer: Answer, close: boolean): void {
    if (close) res.setHeader('Connection', 'close');
    res
      .status(answer.status)
      .set(answer.headers ?? {})
      .json(answer.body);
  }
}

function tooLarge(): Answer {
  return {
    status: 413,
    body: {
      error: 'PAYLOAD_TOO_LARGE',
      message: `The file is larger than ${STAGED_UPLOADS.maxBytes / 1024 / 1024} MB; a plan is far smaller. Remove other sheets or save it as CSV.`,
    },
  };
}
