import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEMO_ACCOUNTS } from '@waymark/api/demo-data';
import { loadReportSource, REPORT_SOURCE_STATEMENTS } from '@waymark/api/reporting/data-access';
import type { BoardReport } from '@waymark/shared/report-model';
import { signInAs } from '../testing/sign-in';
import { startTestApp, TestApp } from '../testing/test-app';

const BOARD_QUERY = `query Board($input: BoardReportInput!) { boardReport(input: $input) }`;

describe('board update report over HTTP on the York demo strategy', () => {
  let api: TestApp;
  let cookie: string;
  let strategyId: string;
  let periodId: string;
  let model: BoardReport;

  const download = async (path: string, params: Record<string, string>, withCookie = true) => {
    const url = `${api.baseUrl}${path}?${new URLSearchParams({ strategy: strategyId, period: periodId, ...params })}`;
    return fetch(url, { headers: withCookie ? { cookie } : {} });
  };
  const bytes = async (params: Record<string, string>) => {
    const response = await download('/api/reports/board-update', params);
    expect(response.status).toBe(200);
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    api = await startTestApp({ demoData: true });
    cookie = await signInAs(api, DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
    [{ id: strategyId }] = await api.dataSource.query(
      `SELECT id FROM strategy WHERE title = 'Embracing Diversity: A Hate Crime Strategy for York'`,
    );
    [{ id: periodId }] = await api.dataSource.query(
      `SELECT p.id FROM reporting_period p WHERE p.strategy_id = $1 AND EXISTS (SELECT 1 FROM theme_commentary c WHERE c.period_id = p.id) ORDER BY p.starts_on DESC LIMIT 1`,
      [strategyId],
    );
    const result = await api.graphql<{ boardReport: BoardReport }>(
      BOARD_QUERY,
      { input: { strategyId, periodId } },
      cookie,
    );
    expect(result.errors).toBeUndefined();
    model = (result.data as { boardReport: BoardReport }).boardReport;
  }, 60_000);
  afterAll(() => api.close());

  it('loads the report source in a fixed number of statements', async () => {
    api.statements.reset();
    const source = await loadReportSource(api.dataSource, strategyId);
    expect(api.statements.statements).toBe(REPORT_SOURCE_STATEMENTS);
    expect(source?.actions.length).toBeGreaterThan(10);
  });

  it('returns the York-shaped model to GraphQL: four aims, running numbers, spans', () => {
    expect(model.title).toBe(
      'Update on Implementation of Embracing Diversity: A Hate Crime Strategy for York (2013-16)',
    );
    expect(model.sections.map((s) => s.heading.split(':')[0])).toEqual([
      'Strategic Aim 1',
      'Strategic Aim 2',
      'Strategic Aim 3',
      'Strategic Aim 4',
    ]);
    let expected = 1;
    for (const section of model.sections) {
      expect(section.paragraphNumber).toBe(expected++);
      for (const p of section.commentary) expect(p.number).toBe(expected++);
      expect(section.rows.reduce((n, r) => n + (r.objective?.rowSpan ?? 0), 0)).toBe(section.rows.length);
    }
    expect(model.sections.some((s) => s.commentary.length > 0)).toBe(true);
  });

  it('downloads Word whose XML matches the model: headings, one table per aim, merged objective cells, i)/ii), commentary numbers', async () => {
    const { response, body } = await bytes({ format: 'docx', columns: 'lead,due,rag' });
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="embracing-diversity-a-hate-crime-strategy-for-york-.+\.docx"/,
    );
    const xml = String(await (await JSZip.loadAsync(body)).file('word/document.xml')?.async('string'));
    const paragraphXml = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const textOf = (p: string) =>
      [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
        .map((t) =>
          t[1]
            .replace(/&apos;/g, "'")
            .replace(/&amp;/g, '&')
            .replace(/&quot;/g, '"'),
        )
        .join('');
    const paragraphs = paragraphXml.map(textOf);
    // The report's paragraph numbers are Word numbering (one list through headings and commentary), not typed text.
    const numId = (p: string) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1] ?? null;
    const reportList = numId(paragraphXml.find((p) => textOf(p) === model.sections[0].heading) ?? '');
    expect(reportList).not.toBeNull();
    const numbered = paragraphXml.filter((p) => numId(p) === reportList).map(textOf);
    const expected = model.sections.flatMap((s) => [s.heading, ...s.commentary.map((c) => c.text)]);
    expect(numbered).toEqual(expected);
    expect(paragraphs.some((p) => /^\d+\.\t/.test(p))).toBe(false);
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(4);
    tables.forEach((table, i) => {
      const spans = model.sections[i].rows.flatMap((r) => (r.objective ? [r.objective.rowSpan] : []));
      expect([...table.matchAll(/<w:vMerge w:val="restart"\/>/g)]).toHaveLength(spans.filter((s) => s > 1).length);
      expect([...table.matchAll(/<w:vMerge w:val="continue"\/>/g)]).toHaveLength(spans.reduce((n, s) => n + s - 1, 0));
      expect(table).toContain('<w:tblHeader/>');
    });
    expect(paragraphs.filter((p) => /^ii\) /.test(p)).length).toBeGreaterThan(0);
    expect(xml).toContain('w:orient="landscape"');
  });

  it('downloads Excel with one row per action shown', async () => {
    const { body } = await bytes({ format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(1 + model.summary.shown);
    expect(sheet.getCell('A2').value).toBe(model.sections[0].heading);
    expect(sheet.getCell('C2').value).toBe('1.1 i)');
  });

  it('downloads a PDF whose text has the four aims in order', async () => {
    const { body } = await bytes({ format: 'pdf' });
    const dir = mkdtempSync(join(tmpdir(), 'waymark-report-'));
    writeFileSync(join(dir, 'report.pdf'), body);
    const text = execFileSync('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const positions = model.sections.map((s) => text.indexOf(`${s.paragraphNumber}. Strategic Aim ${s.themeNumber}:`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The first PDF starts Chromium in the report worker: 27 s of the default 30 s on a busy machine.
  }, 120_000);

  it('downloads HTML that renders the model', async () => {
    const { body } = await bytes({ format: 'html' });
    const html = body.toString('utf8');
    const headings = [...html.matchAll(/<h3 id="[^"]+"><span class="num">(\d+)\.<\/span> ([^<]+)<\/h3>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(headings).toEqual(
      model.sections.map((s) => `${s.paragraphNumber} ${s.heading.replace(/'/g, '&#39;').replace(/&(?!#)/g, '&amp;')}`),
    );
    expect([...html.matchAll(/<tr>/g)].length).toBe(model.sections.length + model.summary.shown);
  });

  it('keeps formulas and markup inert in every format', async () => {
    const [{ id }] = await api.dataSource.query(
      `SELECT id FROM action WHERE strategy_id = $1 ORDER BY theme_id, sort_order LIMIT 1`,
      [strategyId],
    );
    await api.dataSource.query(`UPDATE action SET title = $2 WHERE id = $1`, [
      id,
      '=HYPERLINK("http://evil.example","x") <script>alert(1)</script>',
    ]);
    const csv = (await bytes({ format: 'csv' })).body.toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"") <script>alert(1)</script>"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bytes({ format: 'xlsx' })).body as unknown as ArrayBuffer);
    const cells = book.worksheets[0].getColumn(5).values as unknown[];
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","x") <script>alert(1)</script>`);
    const html = (await bytes({ format: 'html' })).body.toString('utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const docx = String(
      await (await JSZip.loadAsync((await bytes({ format: 'docx' })).body)).file('word/document.xml')?.async('string'),
    );
    expect(docx).toContain('&lt;script&gt;');
    expect(docx).not.toContain('<script>');
  });

  it('serves the changes report', async () => {
    const response = await download('/api/reports/changes', { format: 'csv' });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toMatch(
      /^\uFEFFSection,Ref,Number,Theme,Objective,Action,Lead,Change\r\n/,
    );
    const gql = await api.graphql<{ changesReport: { kind: string; distribution: unknown[] } }>(
      `query C($input: ChangesReportInput!) { changesReport(input: $input) }`,
      { input: { strategyId, periodId } },
      cookie,
    );
    expect(gql.data?.changesReport).toMatchObject({ kind: 'changes' });
    expect(gql.data?.changesReport.distribution).toHaveLength(4);
  });

  it('refuses bad options with the parameter named', async () => {
    const response = await download('/api/reports/board-update', { format: 'odt' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      field: 'format',
      message: expect.stringContaining('Unknown format "odt"'),
    });
    const wrongPeriod = await download('/api/reports/board-update', { period: '00000000-0000-0000-0000-000000000000' });
    expect(wrongPeriod.status).toBe(400);
    const unknown = await fetch(
      `${api.baseUrl}/api/reports/board-update?strategy=00000000-0000-0000-0000-000000000000`,
      { headers: { cookie } },
    );
    expect(unknown.status).toBe(404);
  });

  it('gives no report without a session', async () => {
    const response = await download('/api/reports/board-update', { format: 'csv' }, false);
    expect(response.status).toBe(401);
    const gql = await api.graphql(BOARD_QUERY, { input: { strategyId } });
    expect(gql.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
