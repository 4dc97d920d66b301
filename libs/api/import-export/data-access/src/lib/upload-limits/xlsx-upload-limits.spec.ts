import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { applyPlanImport, planTableCounts } from '../plan-import';
import { createMigratedDatabase, createPartnership } from '../testing/test-database';

const HEADER = [
  'Theme no',
  'Theme',
  'Objective',
  'Action ref',
  'Action',
  'Lead organisation',
  'Due date',
  'Status',
  'RAG',
  'Period',
  'Progress',
];
const ROW = [
  '1',
  'Raise awareness',
  'Increase reporting',
  'A1',
  'Awareness week',
  'City Council',
  '31/03/2019',
  'In progress',
  'Green',
  '2018/19 Q1',
  'Planned',
];
const SHEET = 'xl/worksheets/sheet1.xml';
const MB = 1024 * 1024;

async function plan(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  sheet.addRow(HEADER);
  sheet.addRow(ROW);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The plan with its worksheet replaced by `rows` (sheetData content), deflated at level 9. */
async function withSheetRows(rows: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await plan());
  const xml = (await zip.file(SHEET)?.async('string')) ?? '';
  zip.file(SHEET, xml.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows}</sheetData>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const sameRow = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
const numberedRows = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100_003}</v></c></row>`,
  ).join('');

/** Rewrites the declared uncompressed size of the worksheet in both headers: a central directory that lies. */
function declareSheetSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (const [signature, sizeAt, nameLengthAt, nameAt] of [
    [0x02014b50, 24, 28, 46],
    [0x04034b50, 22, 26, 30],
  ]) {
    for (let at = 0; at < out.length - 4; at++) {
      if (out.readUInt32LE(at) !== signature) continue;
      if (out.toString('utf8', at + nameAt, at + nameAt + out.readUInt16LE(at + nameLengthAt)) === SHEET)
        out.writeUInt32LE(size, at + sizeAt);
    }
  }
  return out;
}

describe('spreadsheet upload limits (checked before exceljs parses anything)', () => {
  let dataSource: DataSource;
  let partnershipId: string;
  const newStrategy = { title: 'Hate Crime Strategy', startYear: 2018, endYear: 2021 };

  beforeAll(async () => {
    ({ dataSource } = await createMigratedDatabase());
    partnershipId = await createPartnership(dataSource, 'Limits');
  });
  afterAll(() => dataSource.destroy());

  async function refusal(content: Buffer, fileName = 'plan.xlsx') {
    const before = await planTableCounts(dataSource);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const error: unknown = await applyPlanImport(dataSource, {
      fileName,
      content,
      partnershipId,
      newStrategy,
      actorId: null,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    const ms = performance.now() - started;
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
    expect(await planTableCounts(dataSource)).toEqual(before);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const fields = (error as { extensions: { fields: Array<{ field: string; message: string }> } }).extensions.fields;
    expect(fields).toHaveLength(1);
    expect(fields[0].field).toBe('input.file');
    return { message: fields[0].message, ms, heapGrowthMb };
  }

  it('refuses a zip bomb (a worksheet of 200 MB of rows in a few hundred KB) in milliseconds, writing nothing', async () => {
    const bomb = await withSheetRows(sameRow.repeat((200 * MB) / sameRow.length));
    expect(bomb.length).toBeLessThan(1 * MB);
    const { message, ms, heapGrowthMb } = await refusal(bomb);
    expect(message).toMatch(/^The workbook unpacks to 200 MB \(at most 50 MB\)/);
    expect(ms).toBeLessThan(1000);
    expect(heapGrowthMb).toBeLessThan(50);
    console.log(
      `zip bomb: ${Math.round(bomb.length / 1024)} KB file, 200 MB unpacked; refused in ${ms.toFixed(1)} ms, heap +${heapGrowthMb.toFixed(1)} MB`,
    );
  });

  it('refuses an entry compressed beyond 100:1 even when the total is under the size limit', async () => {
    const { message, ms } = await refusal(await withSheetRows(sameRow.repeat((20 * MB) / sameRow.length)));
    expect(message).toMatch(/part xl\/worksheets\/sheet1\.xml is compressed \d+:1 \(at most 100:1\)/);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a bomb whose central directory understates the size: inflating stops at the declared size', async () => {
    const bomb = await withSheetRows(sameRow.repeat((20 * MB) / sameRow.length));
    const { message, ms } = await refusal(declareSheetSize(bomb, 64 * 1024));
    expect(message).toMatch(/^The file could not be read as an Excel workbook \(\.xlsx\): it is damaged/);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a sheet over 20,000 rows, and one over 100 columns', async () => {
    expect((await refusal(await withSheetRows(numberedRows(20_001)))).message).toBe(
      'The sheet has more than 20,000 rows; a plan has one row per action and period.',
    );
    expect((await refusal(await withSheetRows('<row r="1"><c r="CW1"><v>1</v></c></row>'))).message).toBe(
      'The sheet uses more than 100 columns.',
    );
    const csv = Buffer.from([HEADER.join(','), ...Array.from({ length: 20_001 }, () => ROW.join(','))].join('\n'));
    expect((await refusal(csv, 'plan.csv')).message).toBe(
      'The sheet has more than 20,000 rows; a plan has one row per action and period.',
    );
  });

  it("answers a damaged file with a plain message, not the parser's", async () => {
    const { message } = await refusal(Buffer.from('PK\u0003\u0004 this is not really a workbook'));
    expect(message).toBe(
      'The file could not be read as an Excel workbook (.xlsx): it is damaged or is not really an .xlsx file. Open it in Excel, save it as .xlsx and try again.',
    );
  });

  it('still imports a normal plan', async () => {
    const preview = await applyPlanImport(dataSource, {
      fileName: 'plan.xlsx',
      content: await plan(),
      partnershipId,
      newStrategy,
      actorId: null,
    });
    expect(preview.problems).toEqual([]);
    expect(preview.applied).toBe(true);
    expect(preview.counts.find((c) => c.entity === 'action')?.created).toBe(1);
  });
});
