import { AlignmentType, LevelFormat, Paragraph, TextRun, type ILevelsOptions, type INumberingOptions } from 'docx';
import { parseTextBlocks, type TextBlock } from '@waymark/shared/report-model';
import { xmlSafe as x } from './text-safety';

/** The report's paragraph numbers (1, 2, 3… through headings and commentary): one Word list, so inserting renumbers. */
export const REPORT_NUMBERING = 'report-paragraphs';
const BULLETS = 'text-bullets';
const LIST = 'text-numbered';
/** Indent of the text after a report paragraph number, in twips (1 cm). */
export const NUMBER_INDENT = 567;

const level = (
  lvl: number,
  format: ILevelsOptions['format'],
  text: string,
  left: number,
  start = 1,
): ILevelsOptions => ({
  level: lvl,
  format,
  text,
  start,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left, hanging: 360 } } },
});

const listLevels = (start: number): ILevelsOptions[] => [
  level(0, LevelFormat.DECIMAL, '%1.', 360, start),
  level(1, LevelFormat.DECIMAL, '%2.', 360 + NUMBER_INDENT, start),
];

export const DOCX_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: REPORT_NUMBERING,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT } } },
        },
      ],
    },
    {
      reference: BULLETS,
      levels: [level(0, LevelFormat.BULLET, '•', 360), level(1, LevelFormat.BULLET, '•', 360 + NUMBER_INDENT)],
    },
    { reference: LIST, levels: listLevels(1) },
  ],
};

export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
}

/** Lines of one paragraph as runs, a line break between them. */
export function lineRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: x(line), break: i ? 1 : undefined, ...style }));
}

/**
 * Word paragraphs for typed text: real paragraphs, and bulleted or numbered items as Word lists (each list its own
 * numbering instance, so each counts from its own start). `indented`: inside a numbered report paragraph.
 */
export class DocxText {
  private instances = 0;

  paragraphs(
    blocks: readonly TextBlock[],
    options: { indented?: boolean; style?: RunStyle; keepNext?: boolean } = {},
  ): Paragraph[] {
    const lvl = options.indented ? 1 : 0;
    const indent = options.indented ? { left: NUMBER_INDENT } : undefined;
    return blocks.flatMap((block) => {
      if (block.kind === 'paragraph')
        return [
          new Paragraph({
            indent,
            keepNext: options.keepNext,
            spacing: { after: 120 },
            children: lineRuns(block.text, options.style),
          }),
        ];
      return this.list(
        block.kind === 'bullets' ? 'bullets' : 'numbered',
        block.items,
        block.kind === 'numbered' ? block.start : 1,
        lvl,
        options.style,
      );
    });
  }

  /** A list of items (recommendations, typed lists), numbered from `start` in a list instance of its own. */
  list(kind: 'bullets' | 'numbered', items: readonly string[], start = 1, lvl = 0, style: RunStyle = {}): Paragraph[] {
    const instance = ++this.instances;
    const reference =
      kind === 'bullets'
        ? BULLETS
        : start === 1
          ? LIST
          : { reference: `${LIST}-from-${start}`, levels: listLevels(start) };
    return items.map(
      (item) =>
        new Paragraph({
          numbering: { reference, level: lvl, instance },
          spacing: { after: 60 },
          children: lineRuns(item, style),
        }),
    );
  }

  /**
   * A numbered report paragraph (York's commentary): the number is Word's; the typed text's first paragraph carries
   * it, the rest follow indented under it.
   */
  numbered(text: string, options: { keepNext?: boolean } = {}): Paragraph[] {
    const blocks = parseTextBlocks(text);
    const first = blocks[0]?.kind === 'paragraph' ? blocks[0] : null;
    const lead = new Paragraph({
      numbering: { reference: REPORT_NUMBERING, level: 0 },
      keepNext: options.keepNext,
      spacing: { before: 200, after: 120 },
      children: first ? lineRuns(first.text) : [],
    });
    return [lead, ...this.paragraphs(first ? blocks.slice(1) : blocks, { indented: true })];
  }
}
