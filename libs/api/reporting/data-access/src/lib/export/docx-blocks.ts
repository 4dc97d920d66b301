import { HeadingLevel, Paragraph, ShadingType, TableCell, TextRun, WidthType, BorderStyle } from 'docx';
import type { Rag } from '@waymark/shared/domain';
import { lineRuns, REPORT_NUMBERING } from './docx-text';
import { RAG_FILL } from './rag-colours';
import { REPORT_STYLE } from './report-style';
import { xmlSafe as x } from './text-safety';

/** The Word building blocks every table and section of the exports shares. */
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: REPORT_STYLE.border };
export const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

export function text(
  value: string,
  options: { bold?: boolean; italics?: boolean; keepNext?: boolean } = {},
): Paragraph {
  const { keepNext, ...run } = options;
  return new Paragraph({ keepNext, children: lineRuns(value, run) });
}

/** A heading that stays on the page of what follows it (Word "keep with next"). */
export function heading(
  value: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  numbered = false,
): Paragraph {
  return new Paragraph({
    heading: level,
    keepNext: true,
    keepLines: true,
    numbering: numbered ? { reference: REPORT_NUMBERING, level: 0 } : undefined,
    children: [new TextRun({ text: x(value) })],
  });
}

export function ragShading(rag: Rag | null) {
  return rag ? { fill: RAG_FILL[rag], type: ShadingType.CLEAR, color: 'auto' } : undefined;
}

/** A cell maker for a table of fixed column widths (twips): text, optionally bold, kept with the next row, RAG-shaded. */
export function gridCell(widths: readonly number[]) {
  return (value: string, column: number, bold = false, keepNext = false, rag: Rag | null = null): TableCell =>
    new TableCell({
      borders: BORDERS,
      shading: ragShading(rag),
      width: { size: widths[column], type: WidthType.DXA },
      children: [text(value, { bold, keepNext })],
    });
}
