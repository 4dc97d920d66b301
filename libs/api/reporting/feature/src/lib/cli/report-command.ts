import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withCliDatabase, queryRows, type StrategyRow } from '@waymark/api/database';
import {
  findPeriodId,
  findStrategyId,
  loadPeriodReportSettings,
  loadReportSource,
  PdfPrinter,
  renderReport,
  REPORT_FORMATS,
  withSavedSettings,
  type ReportFormat,
} from '@waymark/api/reporting/data-access';
import { OPTIONAL_COLUMNS, ReportOptionError, type OptionalColumn } from '@waymark/shared/report-model';

export const REPORT_USAGE = `report --strategy <id|title> [--period <id|name>] [--format ${REPORT_FORMATS.join('|')}] [--out file]
       [--report board|changes] [--columns ${OPTIONAL_COLUMNS.join(',')}] [--only-exceptions] [--indicators]`;

const USAGE = `Usage: ${REPORT_USAGE}
Uses DATABASE_URL, or the embedded PostgreSQL in WAYMARK_DATA_DIR (default .data/postgres).`;

function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Scripted export of the board update (or changes) report to a file. */
export async function reportCommand(argv: readonly string[]): Promise<number> {
  try {
    return await exportReport(argv);
  } catch (error) {
    const known =
      error instanceof Error && (error.name === 'ReportOptionError' || error.name === 'RendererUnavailableError');
    console.error(known ? `Error: ${error.message}` : error);
    return 1;
  }
}

async function exportReport(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      strategy: { type: 'string' },
      period: { type: 'string' },
      format: { type: 'string', default: 'docx' },
      out: { type: 'string' },
      report: { type: 'string', default: 'board' },
      columns: { type: 'string' },
      'only-exceptions': { type: 'boolean', default: false },
      indicators: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.strategy) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const strategy = values.strategy;
  const format = values.format;
  if (!isReportFormat(format))
    throw new ReportOptionError('format', `Unknown format "${format}": choose from ${REPORT_FORMATS.join(', ')}.`);
  const printer = new PdfPrinter();
  try {
    return await withCliDatabase({ migrate: false }, async (dataSource) => {
      const strategyId = await findStrategyId(dataSource, strategy);
      if (!strategyId) {
        const titles = await queryRows<Pick<StrategyRow, 'title' | 'short_title'>>(
          dataSource,
          `SELECT title, short_title FROM strategy WHERE archived_at IS NULL ORDER BY title`,
        );
        const known = titles.map((t) => `  "${t.title}"${t.short_title ? ` (or "${t.short_title}")` : ''}`).join('\n');
        throw new ReportOptionError(
          'strategy',
          `No strategy with id or title "${strategy}". Strategies in this database:\n${known || '  (none)'}`,
        );
      }
      const periodId = values.period ? await findPeriodId(dataSource, strategyId, values.period) : null;
      if (values.period && !periodId)
        throw new ReportOptionError('period', `No reporting period "${values.period}" in this strategy.`);
      const source = await loadReportSource(dataSource, strategyId);
      if (!source) throw new ReportOptionError('strategy', `Strategy ${strategyId} is archived.`);
      const started = performance.now();
      const columns = (values.columns ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean) as OptionalColumn[];
      const rendered =
        values.report === 'changes'
          ? await renderReport({ kind: 'changes', source, periodId, format })
          : await renderReport({
              kind: 'board',
              source,
              format,
              // The period's saved cover report and closing section, as the app prints them.
              options: withSavedSettings(
                { periodId, columns, onlyExceptions: values['only-exceptions'], includeIndicators: values.indicators },
                periodId ? await loadPeriodReportSettings(dataSource, periodId) : null,
              ),
            });
      const bytes =
        format === 'pdf'
          ? await printer.print(Buffer.from(rendered.bytes).toString('utf8'), rendered.landscape)
          : rendered.bytes;
      const out = values.out ?? rendered.filename;
      writeFileSync(out, bytes);
      console.log(`Wrote ${out} (${bytes.byteLength} bytes, ${Math.round(performance.now() - started)} ms)`);
      return 0;
    });
  } finally {
    await printer.close();
  }
}
