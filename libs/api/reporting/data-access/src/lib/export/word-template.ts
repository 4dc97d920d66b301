import JSZip from 'jszip';

/** A page in twips, as the template's section properties give it (portrait or landscape as drawn). */
export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The built-in page: A4 with 2 cm margins. */
export const BUILT_IN_PAGE: PageGeometry = {
  width: 11906,
  height: 16838,
  top: 1134,
  bottom: 1134,
  left: 1134,
  right: 1134,
};

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const STYLES = 'word/styles.xml';
const NUMBERING = 'word/numbering.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const TEMPLATE_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
const DOCUMENT_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const NUMBERING_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';
const FOOTER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const FOOTER_PART = 'waymark-footer.xml';
const FOOTER_REL_ID = 'rIdWaymarkFooter';
const NUMBERING_REL_ID = 'rIdWaymarkNumbering';
const STYLES_REL_ID = 'rIdWaymarkStyles';

async function part(zip: JSZip, name: string): Promise<string | null> {
  return (await zip.file(name)?.async('string')) ?? null;
}

/** The body's own section properties: the last `w:sectPr` before `</w:body>` (earlier ones close inner sections). */
function bodySectPr(documentXml: string): string | null {
  const end = documentXml.lastIndexOf('</w:body>');
  const start = documentXml.lastIndexOf('<w:sectPr', end);
  if (start < 0 || end < 0) return null;
  const close = documentXml.indexOf('</w:sectPr>', start);
  return close < 0 || close > end ? null : documentXml.slice(start, close + '</w:sectPr>'.length);
}

const attribute = (element: string | undefined, name: string): number | null => {
  const value = element ? new RegExp(`\\bw:${name}="(\\d+)"`).exec(element)?.[1] : undefined;
  return value === undefined ? null : Number(value);
};

/** The template's page size and margins (the built-in A4 values for what it leaves out). */
export async function templatePage(template: Uint8Array): Promise<PageGeometry> {
  const zip = await JSZip.loadAsync(template);
  const sectPr = bodySectPr((await part(zip, DOCUMENT)) ?? '') ?? '';
  const size = /<w:pgSz\b[^>]*>/.exec(sectPr)?.[0];
  const margin = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0];
  const d = BUILT_IN_PAGE;
  return {
    width: attribute(size, 'w') ?? d.width,
    height: attribute(size, 'h') ?? d.height,
    top: Math.abs(attribute(margin, 'top') ?? d.top),
    bottom: Math.abs(attribute(margin, 'bottom') ?? d.bottom),
    left: attribute(margin, 'left') ?? d.left,
    right: attribute(margin, 'right') ?? d.right,
  };
}

/** A wide report turns a portrait template's paper: same size and margins, landscape. */
function turned(sectPr: string, landscape: boolean): string {
  return sectPr.replace(/<w:pgSz\b([^>]*?)\/?>/, (whole, attrs: string) => {
    const w = attribute(whole, 'w');
    const h = attribute(whole, 'h');
    if (w === null || h === null || !landscape || w > h) return whole;
    const rest = attrs.replace(/\s*w:(w|h|orient)="[^"]*"/g, '');
    return `<w:pgSz w:w="${h}" w:h="${w}" w:orient="landscape"${rest}/>`;
  });
}

/** Copied fragments keep only `w:`/`r:` attributes: the template's part may not declare Word 2010+ prefixes. */
function portable(fragment: string): string {
  return fragment.replace(/\s(?!w:|r:|xml:)[A-Za-z0-9]+:[A-Za-z]+="[^"]*"/g, '');
}

const elements = (xml: string, tag: string): string[] =>
  xml.match(new RegExp(`<w:${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</w:${tag}>)`, 'g')) ?? [];
const maxOf = (xml: string, pattern: RegExp): number =>
  Math.max(0, ...[...xml.matchAll(pattern)].map((m) => Number(m[1])));

/**
 * Adds the report's lists (paragraph numbers, bullets, numbered lists) to the template's numbering part, after
 * its own ids, and returns the body with its list references moved to match.
 */
async function mergeNumbering(out: JSZip, generated: JSZip, body: string): Promise<string> {
  const ours = await part(generated, NUMBERING);
  if (!ours) return body;
  const theirs = await part(out, NUMBERING);
  if (!theirs) {
    out.file(NUMBERING, ours);
    await addPart(out, NUMBERING, NUMBERING_TYPE, 'numbering', NUMBERING_REL_ID);
    return body;
  }
  const abstractOffset = maxOf(theirs, /w:abstractNumId="(\d+)"/g) + 1;
  const numOffset = maxOf(theirs, /<w:num\b[^>]*w:numId="(\d+)"/g) + 1;
  const abstracts = elements(ours, 'abstractNum').map((a) =>
    portable(
      a.replace(/w:abstractNumId="(\d+)"/, (_, id: string) => `w:abstractNumId="${Number(id) + abstractOffset}"`),
    ),
  );
  const nums = elements(ours, 'num').map((n) =>
    portable(
      n
        .replace(/(<w:num\b[^>]*w:numId=")(\d+)"/, (_, head: string, id: string) => `${head}${Number(id) + numOffset}"`)
        .replace(
          /(<w:abstractNumId w:val=")(\d+)"/,
          (_, head: string, id: string) => `${head}${Number(id) + abstractOffset}"`,
        ),
    ),
  );
  // Schema order: every abstractNum before every num.
  let merged = theirs;
  const lastAbstract = merged.lastIndexOf('</w:abstractNum>');
  const firstNum = merged.search(/<w:num\b|<w:numIdMacAtCleanup\b|<\/w:numbering>/);
  const abstractAt = lastAbstract >= 0 ? lastAbstract + '</w:abstractNum>'.length : firstNum;
  merged = merged.slice(0, abstractAt) + abstracts.join('') + merged.slice(abstractAt);
  const lastNum = merged.lastIndexOf('</w:num>');
  const numAt = lastNum >= 0 ? lastNum + '</w:num>'.length : merged.search(/<w:numIdMacAtCleanup\b|<\/w:numbering>/);
  merged = merged.slice(0, numAt) + nums.join('') + merged.slice(numAt);
  out.file(NUMBERING, merged);
  return body.replace(
    /(<w:numId w:val=")(\d+)"/g,
    (_, head: string, id: string) => `${head}${Number(id) + numOffset}"`,
  );
}

/**
 * Every style the body uses: the template's own where it has one of that name (Word's "heading 1" is the
 * report's "Heading 1", whatever its id in a localised Word), else the report's, without its font so the
 * template's body font shows through.
 */
async function mergeStyles(out: JSZip, generated: JSZip, body: string): Promise<string> {
  const ours = (await part(generated, STYLES)) ?? '';
  let theirs = await part(out, STYLES);
  if (!theirs) {
    out.file(STYLES, ours);
    await addPart(out, STYLES, STYLES_TYPE, 'styles', STYLES_REL_ID);
    return body;
  }
  const used = new Set([...body.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]));
  const styleOf = (xml: string, id: string) =>
    elements(xml, 'style').find((s) => new RegExp(`w:styleId="${id}"`).test(s));
  const nameOf = (style: string) => /<w:name w:val="([^"]+)"/.exec(style)?.[1]?.toLowerCase() ?? null;
  const renamed = new Map<string, string>();
  const added: string[] = [];
  for (const id of used) {
    if (styleOf(theirs, id)) continue;
    const style = styleOf(ours, id);
    if (!style) continue;
    const name = nameOf(style);
    const same = elements(theirs, 'style').find((s) => name !== null && nameOf(s) === name);
    const sameId = same ? /w:styleId="([^"]+)"/.exec(same)?.[1] : undefined;
    if (sameId) renamed.set(id, sameId);
    else added.push(portable(style.replace(/<w:rFonts\b[^>]*\/>/g, '')));
  }
  if (added.length) {
    const end = theirs.lastIndexOf('</w:styles>');
    theirs = theirs.slice(0, end) + added.join('') + theirs.slice(end);
    out.file(STYLES, theirs);
  }
  return renamed.size
    ? body.replace(/(<w:(?:pStyle|rStyle|tblStyle) w:val=")([^"]+)"/g, (whole, head: string, id: string) =>
        renamed.has(id) ? `${head}${renamed.get(id)}"` : whole,
      )
    : body;
}

/** Adds a part to the package: its content type and the document's relationship to it. */
async function addPart(out: JSZip, name: string, contentType: string, relType: string, relId: string): Promise<void> {
  const types = (await part(out, CONTENT_TYPES)) ?? '';
  out.file(
    CONTENT_TYPES,
    types.replace('</Types>', `<Override PartName="/${name}" ContentType="${contentType}"/></Types>`),
  );
  const rels =
    (await part(out, DOCUMENT_RELS)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const target = name.replace(/^word\//, '');
  out.file(
    DOCUMENT_RELS,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="${relId}" Type="${REL}/${relType}" Target="${target}"/></Relationships>`,
    ),
  );
}

/** A template without a footer of its own gets the report's "Page n of m". */
async function withPageNumbers(out: JSZip, generated: JSZip, sectPr: string): Promise<string> {
  if (/<w:footerReference\b[^>]*w:type="default"/.test(sectPr)) return sectPr;
  const generatedSectPr = bodySectPr((await part(generated, DOCUMENT)) ?? '') ?? '';
  const relId = /<w:footerReference\b[^>]*r:id="([^"]+)"/.exec(generatedSectPr)?.[1];
  const rels = (await part(generated, DOCUMENT_RELS)) ?? '';
  const target = relId ? new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  const footer = target ? await part(generated, `word/${target}`) : null;
  if (!footer) return sectPr;
  out.file(`word/${FOOTER_PART}`, footer);
  await addPart(out, `word/${FOOTER_PART}`, FOOTER_TYPE, 'footer', FOOTER_REL_ID);
  return sectPr.replace(
    /<w:sectPr\b[^>]*?>/,
    (open) => `${open}<w:footerReference w:type="default" r:id="${FOOTER_REL_ID}"/>`,
  );
}

/**
 * Writes a rendered report into the council's Word template: the report's body (paragraphs, tables, lists) in
 * the template's package, under the template's section properties (page size, margins, header and footer with
 * their images), styles and theme. The template's own body text is not kept. A .dotx becomes a document.
 */
export async function writeIntoTemplate(
  generatedDocx: Uint8Array,
  template: Uint8Array,
  landscape: boolean,
): Promise<Buffer> {
  const generated = await JSZip.loadAsync(generatedDocx);
  const out = await JSZip.loadAsync(template);
  const ourDocument = (await part(generated, DOCUMENT)) ?? '';
  const theirDocument = (await part(out, DOCUMENT)) ?? '';
  const bodyStart = ourDocument.indexOf('<w:body>') + '<w:body>'.length;
  const ourSectPr = bodySectPr(ourDocument) ?? '';
  let body = ourDocument.slice(
    bodyStart,
    ourSectPr ? ourDocument.lastIndexOf(ourSectPr) : ourDocument.lastIndexOf('</w:body>'),
  );
  body = await mergeNumbering(out, generated, body);
  body = await mergeStyles(out, generated, body);
  const theirSectPr = bodySectPr(theirDocument);
  // Without section properties of its own the template gets ours, less our footer's relationship (not in its package).
  const base = theirSectPr
    ? turned(theirSectPr, landscape)
    : ourSectPr.replace(/<w:(?:header|footer)Reference\b[^>]*\/>/g, '');
  const sectPr = await withPageNumbers(out, generated, base);
  // Our root element: it declares every namespace the report's body uses (the template's may not).
  out.file(DOCUMENT, `${ourDocument.slice(0, bodyStart)}${body}${sectPr}</w:body></w:document>`);
  const types = (await part(out, CONTENT_TYPES)) ?? '';
  if (types.includes(TEMPLATE_MAIN)) out.file(CONTENT_TYPES, types.replace(TEMPLATE_MAIN, DOCUMENT_MAIN));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
