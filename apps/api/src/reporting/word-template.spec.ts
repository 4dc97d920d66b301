import { Document, Footer, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { docxToPdf, pdfPages } from '@waymark/api/reporting/data-access';
import { createProgressFixture, ProgressFixture } from '../testing/progress-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

const LETTERHEAD = 'City of York Council - Community Safety';
const FOOTER = 'OFFICIAL - Safer York Partnership';
const LETTER = { width: 12240, height: 15840 };
const INCH = 1440;
const TEMPLATE_QUERY = 'query { reportTemplate { id fileName byteSize uploadedAt uploadedByName version } }';
const REMOVE = 'mutation($input: RemoveReportTemplateInput!) { removeReportTemplate(input: $input) }';
// A 1x1 PNG: the letterhead's logo.
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A council template as Word would save one: US Letter, 1 inch margins, a letterhead header with a logo, Georgia headings. */
async function councilTemplate(): Promise<Buffer> {
  const doc = new Document({
    styles: {
      default: {
        document: { run: { font: 'Verdana', size: 20 } },
        heading1: { run: { font: 'Georgia', size: 36, bold: true, color: '6A1B9A' } },
      },
    },
    sections: [
      {
        properties: { page: { size: LETTER, margin: { top: INCH, bottom: INCH, left: INCH, right: INCH } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new ImageRun({ type: 'png', data: LOGO, transformation: { width: 40, height: 40 } }),
                  new TextRun(LETTERHEAD),
                ],
              }),
            ],
          }),
        },
        footers: { default: new Footer({ children: [new Paragraph(FOOTER)] }) },
        children: [new Paragraph('The council template body: not part of the report.')],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function zipOf(files: Record<string, string | Buffer>, level = 6): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level } });
}

describe("the council's own Word template for the board report", () => {
  let api: TestApp;
  let fx: ProgressFixture;
  let other: ProgressFixture;
  let template: Buffer;

  const upload = async (fileName: string, content: Buffer, cookie: string | null | undefined = fx.cookie('admin')) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), fileName);
    const response = await fetch(`${api.baseUrl}/api/report-template`, {
      method: 'POST',
      body: form,
      headers: { 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const current = async (f = fx) => {
    const result = await api.graphql<{
      reportTemplate: { id: string; fileName: string; uploadedByName: string; version: number } | null;
    }>(TEMPLATE_QUERY, {}, f.cookie('admin'));
    expect(result.errors).toBeUndefined();
    return result.data?.reportTemplate ?? null;
  };
  const stored = async () =>
    api.dataSource.query(
      `SELECT partnership_id, file_name, md5(content) AS md5, version FROM report_template ORDER BY partnership_id`,
    );
  const wordReport = async () => {
    const response = await fetch(
      `${api.baseUrl}/api/reports/board-update?${new URLSearchParams({ strategy: fx.strategyId, format: 'docx' })}`,
      { headers: { cookie: fx.cookie('viewer') ?? '' } },
    );
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const part = async (name: string) => String(await zip.file(name)?.async('string'));
    return { bytes, zip, part };
  };

  beforeAll(async () => {
    api = await startTestApp();
    fx = await createProgressFixture(api);
    other = await createProgressFixture(api);
    await fx.update({ reviewState: 'accepted' });
    await fx.action('A');
    template = await councilTemplate();
  }, 60_000);
  afterAll(() => api.close());

  it('writes the board report into the uploaded template: its header with logo, footer, Georgia headings, page size and margins', async () => {
    const answer = await upload('York letterhead.docx', template);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual(
      expect.objectContaining({
        fileName: 'York letterhead.docx',
        byteSize: template.length,
        uploadedByName: 'Ada Admin',
        version: 1,
      }),
    );
    expect(await current()).toEqual(
      expect.objectContaining({ fileName: 'York letterhead.docx', uploadedByName: 'Ada Admin' }),
    );

    const { zip, part, bytes } = await wordReport();
    const document = await part('word/document.xml');
    const body = document.slice(document.indexOf('<w:body>'), document.lastIndexOf('<w:sectPr'));
    const sectPr = document.slice(document.lastIndexOf('<w:sectPr'));
    // The template's page: US Letter (turned when the report is wide), 1 inch margins, not the built-in A4 and 2 cm.
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(sectPr);
    expect([Number(size?.[1]), Number(size?.[2])].sort()).toEqual([LETTER.width, LETTER.height].sort());
    expect(sectPr).toMatch(
      new RegExp(`<w:pgMar w:top="${INCH}" w:right="${INCH}" w:bottom="${INCH}" w:left="${INCH}"`),
    );
    // The report's tables fit the template's text width.
    const textWidth = Math.max(Number(size?.[1]), Number(size?.[2])) - 2 * INCH;
    const tableWidths = [...body.matchAll(/<w:tblW\b[^>]*\bw:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(tableWidths.length).toBeGreaterThan(0);
    for (const width of tableWidths) expect(width).toBeLessThanOrEqual(textWidth);
    // The report's body, not the template's.
    expect(body).toContain('w:val="Heading1"');
    expect(body).not.toContain('The council template body');
    // The template's header (with its logo) and footer, by their relationships.
    const rels = await part('word/_rels/document.xml.rels');
    const target = (type: 'header' | 'footer') => {
      const id = new RegExp(`<w:${type}Reference w:type="default" r:id="([^"]+)"`).exec(sectPr)?.[1];
      return (
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]
      );
    };
    const header = await part(`word/${target('header')}`);
    expect(header).toContain(LETTERHEAD);
    const headerRels = await part(`word/_rels/${target('header')}.rels`);
    const image = /Target="(media\/[^"]+)"/.exec(headerRels)?.[1];
    expect(image && (await zip.file(`word/${image}`)?.async('nodebuffer'))?.equals(LOGO)).toBe(true);
    expect(await part(`word/${target('footer')}`)).toContain(FOOTER);
    // The template's styles: Heading 1 in Georgia, Verdana as the body font.
    const styles = await part('word/styles.xml');
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('w:ascii="Georgia"');
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0]).toContain('Verdana');
    // Paragraph numbers are still real Word numbering, defined in the template's numbering part.
    const numbering = await part('word/numbering.xml');
    for (const [, id] of body.matchAll(/<w:numId w:val="(\d+)"/g)) expect(numbering).toContain(`w:numId="${id}"`);

    // As printed (LibreOffice): the letterhead heads the first page, with the report's title under it.
    const pages = pdfPages(docxToPdf(bytes));
    expect(pages[0]).toContain(LETTERHEAD);
    expect(pages[0]).toContain(FOOTER);
  }, 120_000);

  it('refuses malformed and oversized files with BAD_USER_INPUT naming the file, changing nothing', async () => {
    const before = await stored();
    expect(before).toHaveLength(1);
    const realDocument = String(await (await JSZip.loadAsync(template)).file('word/document.xml')?.async('string'));
    const cases: Array<[string, Buffer, RegExp, number]> = [
      ['notes.docx', Buffer.from('this is not a zip at all'), /could not be read as a Word document/, 400],
      [
        'letterhead.docx',
        await zipOf({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>' }),
        /could not be read as a Word document/,
        400,
      ],
      ['letterhead.docm', template, /holds macros/, 400],
      [
        'letterhead.docx',
        await zipOf({
          '[Content_Types].xml': '<Types/>',
          'word/document.xml': realDocument,
          'word/vbaProject.bin': 'macro',
        }),
        /holds macros/,
        400,
      ],
      ['letterhead.pdf', template, /Upload a Word document \(\.docx\) or Word template \(\.dotx\)/, 400],
      [
        'bomb.docx',
        await zipOf(
          {
            '[Content_Types].xml': '<Types/>',
            'word/document.xml': `<w:body>${'<w:p/>'.repeat((30 * 1024 * 1024) / 6)}</w:body>`,
          },
          9,
        ),
        /unpacks to 30 MB \(at most 25 MB\)/,
        400,
      ],
      [
        'bomb.docx',
        await zipOf(
          {
            '[Content_Types].xml': '<Types/>',
            'word/document.xml': `<w:body>${'<w:p/>'.repeat((10 * 1024 * 1024) / 6)}</w:body>`,
          },
          9,
        ),
        /compressed \d+:1 \(at most 100:1\)/,
        400,
      ],
      [
        'many.docx',
        await zipOf(Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`word/part${i}.xml`, 'x']))),
        /holds 301 parts \(at most 300\)/,
        400,
      ],
      ['huge.docx', Buffer.alloc(5 * 1024 * 1024 + 1, 1), /larger than 5 MB/, 413],
    ];
    for (const [fileName, content, message, status] of cases) {
      const answer = await upload(fileName, content);
      expect({ fileName, status: answer.status, error: answer.body['error'], field: answer.body['field'] }).toEqual({
        fileName,
        status,
        error: 'BAD_USER_INPUT',
        field: 'file',
      });
      expect(answer.body['message']).toMatch(message);
    }
    expect(await stored()).toEqual(before);
  }, 60_000);

  it('lets only administrators upload, see and download it; another partnership gets NOT_FOUND', async () => {
    const mine = await current();
    for (const role of ['senior', 'viewer'] as const) {
      expect((await upload('other.docx', template, fx.cookie(role))).status).toBe(403);
      expect((await api.graphql(TEMPLATE_QUERY, {}, fx.cookie(role))).errors?.[0]?.extensions?.['code']).toBe(
        'FORBIDDEN',
      );
    }
    expect((await upload('other.docx', template, null)).status).toBe(401);
    // The administrator downloads it back, byte for byte.
    const download = await fetch(`${api.baseUrl}/api/report-template/${mine?.id}`, {
      headers: { cookie: fx.cookie('admin') ?? '' },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('York letterhead.docx');
    expect(Buffer.from(await download.arrayBuffer()).equals(template)).toBe(true);
    // Another partnership's administrator: as for an unknown id.
    const theirs = await fetch(`${api.baseUrl}/api/report-template/${mine?.id}`, {
      headers: { cookie: other.cookie('admin') ?? '' },
    });
    expect(theirs.status).toBe(404);
    const removal = await api.graphql(REMOVE, { input: { id: mine?.id } }, other.cookie('admin'));
    expect(removal.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await current(other)).toBeNull();
    expect(await current()).toEqual(mine);
  });

  it('replaces it on a new upload, and removing it returns to the built-in template; both audited', async () => {
    const dotx = await JSZip.loadAsync(template);
    const types = String(await dotx.file('[Content_Types].xml')?.async('string'));
    dotx.file(
      '[Content_Types].xml',
      types.replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'),
    );
    const answer = await upload(
      'York letterhead.dotx',
      await dotx.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual(expect.objectContaining({ fileName: 'York letterhead.dotx', version: 2 }));
    // A .dotx is written out as a document, which Word opens as one.
    expect(await (await wordReport()).part('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');

    const id = (await current())?.id;
    const removal = await api.graphql(REMOVE, { input: { id } }, fx.cookie('admin'));
    expect(removal.errors).toBeUndefined();
    expect(await current()).toBeNull();
    const { part } = await wordReport();
    const document = await part('word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="\d+" w:h="\d+"/);
    expect(document).toMatch(/w:w="(11906|16838)"/);
    expect(document).not.toContain(LETTERHEAD);
    expect(await part('word/styles.xml')).not.toContain('Georgia');

    const audit = await api.dataSource.query(
      `SELECT operation, changes FROM audit_entry WHERE entity_type = 'report_template' AND entity_id = $1 ORDER BY occurred_at, id`,
      [id],
    );
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(['create', 'update', 'delete']);
    expect(audit[1].changes).toEqual({
      fileName: { before: 'York letterhead.docx', after: 'York letterhead.dotx' },
      byteSize: expect.any(Object),
    });
  }, 60_000);
});
