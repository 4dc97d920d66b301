import { parseTextBlocks, textBlocksToPlain } from '@waymark/shared/report-model';

/**
 * Lines `text` takes when wrapped at `charsPerLine` (its paragraphs, list items and line breaks kept): a cheap,
 * font-free estimate for row heights (Excel) and for telling a table row that may be kept whole from one taller
 * than a page (Word).
 */
export function wrappedLines(text: string, charsPerLine: number): number {
  const width = Math.max(1, Math.floor(charsPerLine));
  return textBlocksToPlain(parseTextBlocks(text))
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
}
