// Hostile .xlsx files, built with jszip: a zip bomb (megabytes of one repeated row deflated to kilobytes) and a
// huge sheet whose compression ratio is ordinary (pseudo-random cells), so only its size and rows give it away.
import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook whose worksheet's sheetData is `rows` (a Buffer of XML). */
async function workbook(rows) {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  const sheet = Buffer.concat([
    Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>`),
    rows,
    Buffer.from('</sheetData></worksheet>'),
  ]);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  return { bytes, sheetBytes: sheet.length };
}

/** `mb` megabytes of one row repeated: deflates about 1000:1. */
export function zipBomb(mb) {
  const row = '<row><c t="inlineStr"><is><t>Awareness week</t></is></c></row>';
  return workbook(Buffer.from(row.repeat(Math.ceil((mb * 1024 * 1024) / row.length))));
}

/** `rows` numbered rows of pseudo-random numbers and words: deflates only a few times, like a real sheet. */
export function hugeSheet(rows) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = () => Math.floor(random() * 36 ** 6).toString(36);
  const parts = [];
  for (let r = 1; r <= rows; r++) {
    parts.push(
      `<row r="${r}"><c r="A${r}"><v>${Math.floor(random() * 1e9)}</v></c><c r="B${r}" t="inlineStr"><is><t>${word()} ${word()}</t></is></c><c r="C${r}"><v>${random().toFixed(6)}</v></c></row>`,
    );
  }
  return workbook(Buffer.from(parts.join('')));
}

/**
 * `rows` × `columns` cells of pseudo-random words: inside every upload limit (size, ratio, rows, columns) but
 * hundreds of thousands of cells, more than the import worker's heap (WAYMARK_IMPORT_WORKER_HEAP_MB) can parse.
 */
export function heavySheet(rows, columns) {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const letters = (n) => {
    let s = '';
    for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const names = Array.from({ length: columns }, (_, c) => letters(c));
  const parts = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (const name of names)
      row += `<c r="${name}${r}" t="inlineStr"><is><t>${Math.floor(random() * 36 ** 6).toString(36)}</t></is></c>`;
    parts.push(row + '</row>');
  }
  return workbook(Buffer.from(parts.join('')));
}
