import {
  buildBoardReport,
  buildChangesReport,
  viewFrozenReport,
  type BoardReport,
  type BoardReportOptions,
  type ChangesReport,
  type ReportSource,
} from '@waymark/shared/report-model';
import { reportSourceFromText, type ReportSourceText } from '../load/load-report-source';
import { renderCsv } from './csv';
import { renderBoardDocx, renderChangesDocx } from './docx';
import { reportFilename } from './filename';
import {
  boardFlatRows,
  changesFlatRows,
  CHANGES_HEADERS,
  COMMENTARY_HEADERS,
  commentaryRows,
  COVER_HEADERS,
  coverRows,
  FLAT_HEADERS,
  indicatorSheet,
  ragTrendSheet,
} from './flat-rows';
import { renderBoardHtml, renderChangesHtml } from './html';
import { templatePage, writeIntoTemplate } from './word-template';
import { renderXlsx, type SheetSpec } from './xlsx';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** The report data, or its JSON texts as loaded (`loadReportSourceText`), parsed where the job runs (the worker). */
export type JobSource = ReportSource | ReportSourceText;

/**
 * The partnership's Word template (its .docx/.dotx bytes) for a board report in Word; none for the built-in
 * template. An unpooled copy: the pool transfers its buffer to the worker rather than cloning it.
 */
export type WordTemplateBytes = Uint8Array | null;

export type ReportJob =
  | {
      readonly kind: 'board';
      readonly source: JobSource;
      readonly options: BoardReportOptions;
      readonly format: ReportFormat;
      readonly template?: WordTemplateBytes;
    }
  | {
      readonly kind: 'changes';
      readonly source: JobSource;
      readonly periodId: string | null;
      readonly generatedOn?: string;
      readonly format: ReportFormat;
    }
  /** A signed-off period: the stored snapshot, viewed with the reader's options; nothing is rebuilt. */
  | {
      readonly kind: 'frozen-board';
      readonly model: BoardReport;
      readonly modelBytes: number;
      readonly options: BoardReportOptions;
      readonly format: ReportFormat;
      readonly template?: WordTemplateBytes;
    };

function sourceOf(source: JobSource): ReportSource {
  return 'kind' in source && source.kind === 'report-source-text'
    ? reportSourceFromText(source)
    : (source as ReportSource);
}

/** A rendered file. For `pdf` the CPU-side step yields the print HTML (`printHtml`) for Chromium. */
export interface RenderedReport {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly filename: string;
  readonly landscape: boolean;
}

export function buildModel(job: ReportJob): BoardReport | ChangesReport {
  return prepare(job).model;
}

function prepare(job: ReportJob): { model: BoardReport | ChangesReport; strategyTitle: string } {
  if (job.kind === 'frozen-board')
    return { model: viewFrozenReport(job.model, job.options), strategyTitle: job.model.strategyTitle };
  const source = sourceOf(job.source);
  const model =
    job.kind === 'board'
      ? buildBoardReport(source, job.options)
      : buildChangesReport(source, job.periodId, job.generatedOn);
  return { model, strategyTitle: source.strategy.title };
}

/**
 * Builds the model and renders every format except the PDF print itself (the HTML is returned
 * for it). CPU-bound: runs inside the report worker thread.
 */
export async function renderReport(job: ReportJob): Promise<RenderedReport> {
  const { model, strategyTitle } = prepare(job);
  const format = job.format;
  const filename = reportFilename(
    model.kind === 'board-update'
      ? [
          model.strategyTitle,
          model.period.name,
          ...(model.edition && model.edition.version > 1 ? [`v${model.edition.version}`] : []),
        ]
      : ['changes', model.period.name, strategyTitle],
    format,
  );
  const landscape = model.kind === 'board-update' ? model.landscape : true;
  const done = (bytes: Uint8Array, contentType = CONTENT_TYPES[format]): RenderedReport => ({
    bytes,
    contentType,
    filename,
    landscape,
  });
  switch (format) {
    case 'html':
    case 'pdf':
      return done(
        Buffer.from(model.kind === 'board-update' ? renderBoardHtml(model) : renderChangesHtml(model), 'utf8'),
        CONTENT_TYPES.html,
      );
    case 'docx':
      return done(
        model.kind === 'board-update'
          ? await boardDocx(model, job.kind === 'changes' ? null : (job.template ?? null))
          : await renderChangesDocx(model),
      );
    case 'csv':
      return done(
        model.kind === 'board-update'
          ? renderCsv(FLAT_HEADERS, boardFlatRows(model))
          : renderCsv(CHANGES_HEADERS, changesFlatRows(model)),
      );
    case 'xlsx':
      return done(
        model.kind === 'board-update'
          ? await renderXlsx(model.title, boardSheets(model))
          : await renderXlsx(model.title, [
              {
                name: 'Changes',
                headers: CHANGES_HEADERS,
                rows: changesFlatRows(model),
                widths: [24, 10, 10, 30, 36, 48, 26, 36],
                ragColumns: [],
              },
            ]),
      );
  }
}

/** The board report in Word: the built-in template, or written into the partnership's own (its page for the tables). */
async function boardDocx(model: BoardReport, template: WordTemplateBytes): Promise<Buffer> {
  if (!template) return renderBoardDocx(model);
  return writeIntoTemplate(await renderBoardDocx(model, await templatePage(template)), template, model.landscape);
}

/** The actions sheet (named after the period), then the numbered paragraphs, the cover, and the indicators appendix. */
function boardSheets(model: BoardReport): SheetSpec[] {
  const sheets: SheetSpec[] = [
    {
      name: model.period.name.replace(/[*?:\\/[\]]/g, ' '),
      headers: FLAT_HEADERS,
      rows: boardFlatRows(model),
      widths: [30, 36, 9, 10, 48, 26, 13, 16, 10, 70, 12],
      ragColumns: [8, 10],
      dateColumns: [6],
    },
    {
      name: 'Commentary',
      headers: COMMENTARY_HEADERS,
      rows: commentaryRows(model),
      widths: [10, 40, 100],
      ragColumns: [],
    },
    { name: 'Cover', headers: COVER_HEADERS, rows: coverRows(model), widths: [24, 100], ragColumns: [] },
  ];
  const indicators = indicatorSheet(model);
  const trend = ragTrendSheet(model);
  if (trend)
    sheets.push({
      name: 'RAG trend',
      headers: trend.headers,
      rows: trend.rows,
      widths: [40, 18, 12, 12, 12, 12, 8],
      ragColumns: [],
    });
  if (indicators)
    sheets.push({
      name: 'Indicators',
      headers: indicators.headers,
      rows: indicators.rows,
      widths: [40, 10, 18, ...indicators.headers.slice(3).map(() => 12)],
      ragColumns: [],
    });
  return sheets;
}
