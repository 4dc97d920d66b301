import {
  OPTIONAL_COLUMNS,
  ReportOptionError,
  type BoardReportOptions,
  type OptionalColumn,
} from '@waymark/shared/report-model';
import { REPORT_FORMATS, type ReportFormat } from '@waymark/api/reporting/data-access';

export interface BoardQuery {
  readonly strategyId: string;
  readonly format: ReportFormat;
  readonly options: BoardReportOptions;
  /** A stored version of a signed-off period's report; null for the latest. */
  readonly version: number | null;
}

/** A report URL's query string as Express parses it (`?a=1&a=2` gives an array): input, read through single/list/flag. */
export type ReportQueryParams = Record<string, unknown>;

function single(params: ReportQueryParams, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new ReportOptionError(name, `"${name}" must be given once.`);
  return value;
}

function list(params: ReportQueryParams, name: string): string[] {
  const raw = params[name];
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => String(v).split(','));
  return values.map((v) => v.trim()).filter(Boolean);
}

function flag(params: ReportQueryParams, name: string): boolean {
  const value = single(params, name);
  if (value === undefined) return false;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ReportOptionError(name, `"${name}" must be true or false.`);
}

export function parseFormat(params: ReportQueryParams): ReportFormat {
  const format = single(params, 'format') ?? 'docx';
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    throw new ReportOptionError('format', `Unknown format "${format}": choose from ${REPORT_FORMATS.join(', ')}.`);
  return format as ReportFormat;
}

export function parseStrategy(params: ReportQueryParams): string {
  const strategy = single(params, 'strategy');
  if (!strategy) throw new ReportOptionError('strategy', 'Give the strategy id as ?strategy=<id>.');
  return strategy;
}

/** Query string of GET /api/reports/board-update → validated options; bad values name the parameter. */
export function parseBoardQuery(params: ReportQueryParams): BoardQuery {
  const columns = list(params, 'columns');
  const unknown = columns.filter((c) => !(OPTIONAL_COLUMNS as readonly string[]).includes(c));
  if (unknown.length)
    throw new ReportOptionError(
      'columns',
      `Unknown column "${unknown[0]}": choose from ${OPTIONAL_COLUMNS.join(', ')}.`,
    );
  const history = single(params, 'history');
  if (history !== undefined && !/^\d{1,2}$/.test(history))
    throw new ReportOptionError('history', '"history" must be a number of periods (1-12).');
  const version = single(params, 'version');
  if (version !== undefined && !/^[1-9]\d{0,5}$/.test(version))
    throw new ReportOptionError('version', '"version" must be a report version number (1, 2, …).');
  return {
    version: version === undefined ? null : Number(version),
    strategyId: parseStrategy(params),
    format: parseFormat(params),
    options: {
      periodId: single(params, 'period') ?? null,
      themeIds: list(params, 'themes'),
      columns: columns as OptionalColumn[],
      onlyExceptions: flag(params, 'onlyExceptions'),
      includeIndicators: flag(params, 'indicators'),
      includeRagTrend: flag(params, 'ragTrend'),
      historyLength: history === undefined ? undefined : Number(history),
      introduction: single(params, 'intro') ?? null,
      includeUnaccepted: flag(params, 'includeUnaccepted'),
    },
  };
}
