import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { yorkExampleSource } from '@waymark/shared/report-model';
import { renderReport } from './render-report';

/** A template as a German Word saves one: Heading 1 under the id "berschrift1", a list of its own, no footer. */
async function localisedTemplate(): Promise<Buffer> {
  const doc = new Document({
    styles: { default: { heading1: { run: { font: 'Georgia' } } } },
    numbering: {
      config: [{ reference: 'council-list', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '(%1)' }] }],
    },
    sections: [{ children: [new Paragraph('Template body')] }],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const styles = String(await zip.file('word/styles.xml')?.async('string'));
  zip.file(
    'word/styles.xml',
    styles
      .replace('w:styleId="Heading1"', 'w:styleId="berschrift1"')
      .replace('<w:name w:val="Heading 1"/>', '<w:name w:val="heading 1"/>'),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('writing the board report into a council template', () => {
  it("uses the template's style of the same name whatever its id, keeps its lists and adds ours after them, and adds page numbers when it has no footer", async () => {
    const template = await localisedTemplate();
    const theirNumbering = String(await (await JSZip.loadAsync(template)).file('word/numbering.xml')?.async('string'));
    const theirNums = [...theirNumbering.matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => Number(m[1]));
    const result = await renderReport({
      kind: 'board',
      source: yorkExampleSource(),
      options: { periodId: 'q2', generatedOn: '2015-10-20', columns: ['lead', 'due', 'rag'] },
      format: 'docx',
      template: new Uint8Array(template),
    });
    const zip = await JSZip.loadAsync(result.bytes);
    const part = async (name: string) => String(await zip.file(name)?.async('string'));
    const document = await part('word/document.xml');
    expect(document).toContain('<w:pStyle w:val="berschrift1"/>');
    expect(document).not.toContain('<w:pStyle w:val="Heading1"/>');
    expect(await part('word/styles.xml')).not.toContain('w:styleId="Heading1"');
    // Every list the body uses is defined, and none of them is one of the template's own.
    const numbering = await part('word/numbering.xml');
    const used = new Set([...document.matchAll(/<w:numId w:val="(\d+)"/g)].map((m) => Number(m[1])));
    expect(used.size).toBeGreaterThan(0);
    for (const id of used) {
      expect(numbering).toContain(`<w:num w:numId="${id}"`);
      expect(theirNums).not.toContain(id);
    }
    for (const id of theirNums) expect(numbering).toContain(`<w:num w:numId="${id}"`);
    // Schema order: every abstractNum before the first num.
    expect(numbering.lastIndexOf('<w:abstractNum ')).toBeLessThan(numbering.indexOf('<w:num '));
    // No footer in the template: Waymark's "Page n of m", with its part, relationship and content type.
    const sectPr = document.slice(document.lastIndexOf('<w:sectPr'));
    expect(sectPr).toContain('<w:footerReference w:type="default" r:id="rIdWaymarkFooter"/>');
    expect(await part('word/_rels/document.xml.rels')).toContain('Id="rIdWaymarkFooter"');
    expect(await part('[Content_Types].xml')).toContain('PartName="/word/waymark-footer.xml"');
    expect(await part('word/waymark-footer.xml')).toContain('PAGE');
    // Six columns make the report wide: the template's A4 portrait page is turned.
    expect(sectPr).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(document).not.toContain('Template body');
  }, 60_000);
});
