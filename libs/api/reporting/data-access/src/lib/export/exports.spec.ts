import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildBoardReport, yorkExampleSource, type ReportSource } from '@waymark/shared/report-model';
import { ReportWorkerPool } from '../worker/report-worker-pool';
import { PdfPrinter, RendererUnavailableError } from './pdf';
import type { ReportFormat, ReportJob } from './render-report';

const OPTIONS = { periodId: 'q2', generatedOn: '2015-10-20', columns: ['lead', 'due', 'rag', 'history'] as const };
const HOSTILE = '=HYPERLINK("http://evil.example","click")';
const SCRIPT = '<script>alert(1)</script>';

function hostileSource(): ReportSource {
  const york = yorkExampleSource();
  return {
    ...york,
    actions: york.actions.map((a, i) =>
      i === 0 ? { ...a, title: HOSTILE } : i === 1 ? { ...a, title: `${SCRIPT} & more` } : a,
    ),
    updates: york.updates.map((u) =>
      u.actionId === 't1o2a1' && u.periodId === 'q2' ? { ...u, narrative: '+SUM(A1:A2)' } : u,
    ),
  };
}

describe('report exports rendered in the worker thread', () => {
  const pool = new ReportWorkerPool(1);
  const render = (format: ReportFormat, source: ReportSource = yorkExampleSource()) =>
    pool.render({
      kind: 'board',
      source,
      options: { ...OPTIONS, columns: [...OPTIONS.columns] },
      format,
    } satisfies ReportJob);
  afterAll(() => pool.close());

  it('writes Word with one table per theme, merged objective cells, numbered headings and commentary', async () => {
    const file = await render('docx');
    expect(file.filename).toBe('embracing-diversity-a-hate-crime-strategy-for-york-q2-2015-16.docx');
    const xml = String(await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')?.async('string'));
    const paragraphXml = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    // Word numbers the headings and commentary (w:numPr of one list), so inserting a paragraph in Word renumbers.
    const numbering = String(await (await JSZip.loadAsync(file.bytes)).file('word/numbering.xml')?.async('string'));
    const numbered = paragraphXml.filter((p) => /<w:numPr>/.test(p) && !/<w:ilvl w:val="1"\/>/.test(p));
    const ids = new Set(numbered.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1]));
    const reportList = numbered.filter((p) =>
      /^(Strategic Aim \d|Use|North|&apos;Track|'Track|The availability|The current)/.test(textOf(p)),
    );
    expect(reportList.map((p) => textOf(p).slice(0, 16))).toEqual([
      'Strategic Aim 1:',
      'Use of social me',
      'Strategic Aim 2:',
      'North Yorkshire ',
      'Strategic Aim 3:',
      '&apos;Track my c',
      'Strategic Aim 4:',
      'The availability',
      'The current Inde',
    ]);
    const reportNumIds = new Set(reportList.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1]));
    expect(reportNumIds.size).toBe(1);
    expect(ids.size).toBeGreaterThanOrEqual(1);
    expect(numbering).toMatch(/<w:lvlText w:val="%1\."\/>/);
    expect(paragraphXml.some((p) => /^\d+\.\t/.test(textOf(p)))).toBe(false);
    // Headings keep with their table (keepNext), header rows keep with the first row and repeat.
    const headingParagraphs = paragraphXml.filter((p) => /^Strategic Aims?\b/.test(textOf(p)));
    expect(headingParagraphs.map(textOf)[0]).toBe('Strategic Aims');
    for (const p of headingParagraphs) expect(p).toContain('<w:keepNext/>');
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(4);
    const model = buildBoardReport(yorkExampleSource(), { ...OPTIONS, columns: [...OPTIONS.columns] });
    tables.forEach((table, i) => {
      const restarts = [...table.matchAll(/<w:vMerge w:val="restart"\/>/g)].length;
      const continues = [...table.matchAll(/<w:vMerge w:val="continue"\/>/g)].length;
      const spans = model.sections[i].rows.filter((r) => r.objective).map((r) => r.objective?.rowSpan ?? 0);
      expect(restarts).toBe(spans.filter((s) => s > 1).length);
      expect(continues).toBe(spans.reduce((sum, s) => sum + s - 1, 0));
      expect(table).toContain('<w:tblHeader/>');
      expect(table).toContain('<w:cantSplit/>');
      const headerRow = table.split('</w:tr>')[0];
      expect(headerRow).toContain('<w:keepNext/>');
    });
    // Objectives are bold in Word as in the preview and the PDF; headings in the text colour, not Word's blue.
    const objectiveCell = tables[0].split('<w:tc>').find((c) => c.includes('To improve prevention of hate crime'));
    expect(objectiveCell).toContain('<w:b/>');
    const styles = String(await (await JSZip.loadAsync(file.bytes)).file('word/styles.xml')?.async('string'));
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:color w:val="0B0C0C"\/>/);
    expect(xml).toContain('i) ');
    expect(xml).toContain('iii) ');
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toMatch(/<w:shd [^>]*w:fill="F4C7C3"/);
  });

  it('writes Excel with one row per action, filled RAG cells, frozen header and filters', async () => {
    const file = await render('xlsx', hostileSource());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Theme',
      'Objective',
      'Number',
      'Ref',
      'Action',
      'Lead',
      'Due',
      'Status',
      'RAG',
      'Progress',
      'Previous RAG',
    ]);
    expect(sheet.rowCount).toBe(1 + yorkExampleSource().actions.length);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell('E2').value).toBe(`'${HOSTILE}`);
    expect(sheet.getCell('E2').formula).toBeUndefined();
    expect(sheet.getCell('C3').value).toBe('1.1 ii)');
    const red = sheet.getColumn(9).values.findIndex((v) => v === 'Red');
    expect((sheet.getRow(red).getCell(9).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF4C7C3');
  });

  it('writes RFC 4180 CSV with a BOM, CRLF and neutralised formulas', async () => {
    const file = await render('csv', hostileSource());
    const text = Buffer.from(file.bytes).toString('utf8');
    expect(text.startsWith('\uFEFFTheme,Objective,Number,Ref,Action,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(2 + yorkExampleSource().actions.length);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain("'+SUM(A1:A2)");
  });

  it('writes escaped, accessible HTML in the model order', async () => {
    const html = Buffer.from((await render('html', hostileSource())).bytes).toString('utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(html).toContain('<h2 class="level">Strategic Aims</h2>');
    expect(
      [...html.matchAll(/<h3 id="[^"]+"><span class="num">(\d+)\.<\/span> ([^<]+)<\/h3>/g)].map(
        (m) => `${m[1]} ${m[2].slice(0, 15)}`,
      ),
    ).toEqual(['1 Strategic Aim 1', '3 Strategic Aim 2', '5 Strategic Aim 3', '7 Strategic Aim 4']);
    expect(html).toContain('<th scope="row" class="objective" rowspan="3">');
    expect(html).toContain('<th scope="col">Objective</th>');
  });

  it('prints a tagged PDF with an outline in the worker, whose text has the headings in order', async () => {
    const file = await render('pdf', hostileSource());
    expect(file.contentType).toBe('application/pdf');
    const pdf = Buffer.from(file.bytes);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.includes('/Outlines')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'waymark-pdf-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    const positions = [1, 2, 3, 4].map((n) => text.indexOf(`Strategic Aim ${n}:`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('<script>alert(1)</script> & more');
    expect(execFileSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  });

  it('prints with the PdfPrinter directly too (the CLI path)', async () => {
    const html = Buffer.from((await render('html')).bytes).toString('utf8');
    const printer = new PdfPrinter();
    try {
      const pdf = await printer.print(html, true);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await printer.close();
    }
  });

  it('passes a missing Chromium back from the worker as a RendererUnavailableError, and the worker keeps serving', async () => {
    const noChromium = new ReportWorkerPool(1, 60_000, { chromiumPath: '/nonexistent/chromium' });
    try {
      const job = {
        kind: 'board',
        source: yorkExampleSource(),
        options: { periodId: 'q2' },
        format: 'pdf',
      } satisfies ReportJob;
      const failure = await noChromium.render(job).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(RendererUnavailableError);
      expect((failure as Error).message).toMatch(/needs Chromium.*\/nonexistent\/chromium/);
      expect((await noChromium.render({ ...job, format: 'csv' })).contentType).toMatch(/^text\/csv/);
    } finally {
      await noChromium.close();
    }
  });

  it("closes the worker's Chromium when the pool closes (no orphan browser process)", async () => {
    const chromiumChildren = () => {
      try {
        return execFileSync('pgrep', ['-P', String(process.pid), '-f', 'chromium'], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .sort();
      } catch {
        return []; // pgrep exits 1 when nothing matches
      }
    };
    const before = chromiumChildren(); // the shared pool's worker may already have its browser from an earlier test
    const own = new ReportWorkerPool(1);
    await own.render({ kind: 'board', source: yorkExampleSource(), options: { periodId: 'q2' }, format: 'pdf' });
    expect(chromiumChildren().filter((pid) => !before.includes(pid))).toHaveLength(1);
    await own.close();
    expect(chromiumChildren()).toEqual(before);
  });

  it('names the missing renderer instead of crashing when Chromium is absent', async () => {
    const printer = new PdfPrinter('/nonexistent/chromium');
    await expect(printer.print('<p>x</p>', false)).rejects.toThrow(RendererUnavailableError);
    await expect(printer.print('<p>x</p>', false)).rejects.toThrow(/needs Chromium/);
  });

  it('reports bad options from the worker as option errors', async () => {
    await expect(
      pool.render({ kind: 'board', source: yorkExampleSource(), options: { periodId: 'nope' }, format: 'csv' }),
    ).rejects.toMatchObject({
      name: 'ReportOptionError',
      field: 'period',
    });
  });
});
