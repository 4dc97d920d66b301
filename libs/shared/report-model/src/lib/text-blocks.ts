/**
 * The structure people type into a plain textarea, as every report format renders it:
 * - a blank line starts a new paragraph; a single line break stays a line break inside the paragraph;
 * - lines starting with "- ", "* " or "• " are bullet items, lines starting with "1. " or "1) " numbered items;
 * - an indented line right after an item continues that item; any other line after a list starts a paragraph.
 * One parser, so the preview, Word, PDF, Excel and CSV cannot disagree about where a paragraph ends.
 */
export type TextBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'numbered'; readonly start: number; readonly items: readonly string[] };

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,4})[.)]\s+(.*)$/;

interface OpenBlock {
  kind: 'paragraph' | 'bullets' | 'numbered';
  start: number;
  /** Lines of a paragraph, or items of a list. */
  parts: string[];
}

function toBlock(open: OpenBlock): TextBlock {
  if (open.kind === 'paragraph') return { kind: 'paragraph', text: open.parts.join('\n') };
  return open.kind === 'bullets'
    ? { kind: 'bullets', items: open.parts }
    : { kind: 'numbered', start: open.start, items: open.parts };
}

export function parseTextBlocks(text: string | null | undefined): TextBlock[] {
  const blocks: TextBlock[] = [];
  const state: { open: OpenBlock | null } = { open: null };
  const close = () => {
    if (state.open) blocks.push(toBlock(state.open));
    state.open = null;
  };
  for (const raw of (text ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      close();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const open = state.open;
    if (bullet || numbered) {
      const kind = bullet ? 'bullets' : 'numbered';
      const item = (bullet ? bullet[1] : (numbered as RegExpExecArray)[2]).trim();
      if (open?.kind === kind) open.parts.push(item);
      else {
        close();
        state.open = { kind, start: numbered ? Number(numbered[1]) : 1, parts: [item] };
      }
      continue;
    }
    if (open && open.kind !== 'paragraph' && /^\s/.test(line)) {
      open.parts[open.parts.length - 1] += `\n${line.trim()}`;
      continue;
    }
    if (open?.kind === 'paragraph') open.parts.push(line.trim());
    else {
      close();
      state.open = { kind: 'paragraph', start: 1, parts: [line.trim()] };
    }
  }
  close();
  return blocks;
}

/**
 * The blocks as plain text for a spreadsheet cell or CSV field: paragraphs separated by a blank line, bullets as
 * "• item", numbered items as "1. item", each on its own line.
 */
export function textBlocksToPlain(blocks: readonly TextBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'paragraph') return block.text;
      if (block.kind === 'bullets') return block.items.map((item) => `• ${item.replace(/\n/g, '\n  ')}`).join('\n');
      return block.items.map((item, i) => `${block.start + i}. ${item.replace(/\n/g, '\n   ')}`).join('\n');
    })
    .join('\n\n');
}

/** `text` as a spreadsheet cell shows it: the structure kept with line breaks. */
export function plainText(text: string | null | undefined): string {
  return textBlocksToPlain(parseTextBlocks(text));
}
