import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  buildRagTrend,
  ragTrendPeriods,
  yorkExampleSource,
  type BoardReportOptions,
  type ReportSource,
} from '@waymark/shared/report-model';
import { renderReport, type ReportFormat } from './render-report';

/** York with a tolerance on victim satisfaction: 76 against a target of 80 is within a tolerance of 5. */
function source(): ReportSource {
  const york = yorkExampleSource();
  return { ...york, indicators: york.indicators.map((i) => (i.id === 'i2' ? { ...i, tolerance: 5 } : i)) };
}

const trend = buildRagTrend(source(), ragTrendPeriods(source().periods, '2015-10-20', 'q2'), new Map());
const whole = trend.periods[1].all;
const figure = `${whole.green} (${whole.greenPercent}%)`;

describe('the RAG trend section and indicator tolerance bands in every format', () => {
  const render = (
    format: ReportFormat,
    options: BoardReportOptions = { includeRagTrend: true, ragTrend: trend, includeIndicators: true },
  ) =>
    renderReport({
      kind: 'board',
      source: source(),
      options: { periodId: 'q2', generatedOn: '2015-10-20', ...options },
      format,
    });

  it('is left out unless asked for', async () => {
    const html = Buffer.from((await render('html', { ragTrend: trend })).bytes).toString('utf8');
    expect(html).not.toContain('RAG trend');
  });

  it('HTML (and the PDF printed from it): a table per theme with counts and percentages; values in their band, in words', async () => {
    const html = Buffer.from((await render('html')).bytes).toString('utf8');
    expect(html).toContain('<h2>RAG trend</h2><h3>Whole strategy</h3>');
    expect(html).toContain(
      `<th scope="row">Q2 2015-16</th><td>${whole.red} (${whole.redPercent}%)</td><td>${whole.amber} (${whole.amberPercent}%)</td><td>${figure}</td>`,
    );
    expect(html).toContain('<td class="rag rag-amber">76<span class="band">Within tolerance</span></td>');
    expect(html).toContain('<td class="rag rag-red">131<span class="band">Off target</span></td>');
    expect(html).toContain('<td class="rag rag-green">152<span class="band">On target</span></td>');
  });

  it('Word: the trend heading and figures, and each indicator value with its band in words and a fill', async () => {
    const xml = String(
      await (await JSZip.loadAsync((await render('docx')).bytes)).file('word/document.xml')?.async('string'),
    );
    expect(xml).toContain('>RAG trend<');
    expect(xml).toContain(`>${figure}<`);
    expect(xml).toMatch(/w:fill="FCE4B8"[\s\S]{0,600}>76 \(Within tolerance\)</);
  });

  it('Excel: a "RAG trend" sheet, a row per theme and period; indicator values with their band', async () => {
    const workbook = new ExcelJS.Workbook();
    // A stream, as the import reads uploads: exceljs's `load` types its Buffer apart from Node's.
    await workbook.xlsx.read(Readable.from([(await render('xlsx')).bytes]));
    const sheet = workbook.getWorksheet('RAG trend');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Strategic Aim',
      'Period',
      'Red',
      'Amber',
      'Green',
      'Not rated',
      'Total',
    ]);
    const rows = (sheet?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual([
      'Whole strategy',
      'Q2 2015-16',
      `${whole.red} (${whole.redPercent}%)`,
      `${whole.amber} (${whole.amberPercent}%)`,
      figure,
      `${whole.notRated} (${whole.notRatedPercent}%)`,
      String(whole.total),
    ]);
    expect(rows).toHaveLength(2 * (trend.themes.length + 1));
    const indicators = (workbook.getWorksheet('Indicators')?.getSheetValues() ?? [])
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    expect(indicators[1]).toContain('76 (Within tolerance)');
  });

  it('CSV: the trend rows after the actions, their figures in words', async () => {
    const csv = Buffer.from((await render('csv')).bytes).toString('utf8');
    expect(csv).toContain(
      `RAG trend: Whole strategy,,,,Q2 2015-16,,,,,"Red ${whole.red} (${whole.redPercent}%), Amber ${whole.amber} (${whole.amberPercent}%), Green ${figure}`,
    );
  });
});
