import { parseTextBlocks, type TextBlock } from '@waymark/shared/report-model';
import { escapeHtml as e } from './text-safety';

const lines = (text: string) => text.split('\n').map(e).join('<br>');

/** Typed text as HTML: paragraphs, bulleted and numbered lists, line breaks (the shared parser's blocks). */
export function blocksHtml(blocks: readonly TextBlock[], paragraphClass = ''): string {
  const cls = paragraphClass ? ` class="${paragraphClass}"` : '';
  return blocks
    .map((b) => {
      if (b.kind === 'paragraph') return `<p${cls}>${lines(b.text)}</p>`;
      const items = b.items.map((item) => `<li>${lines(item)}</li>`).join('');
      return b.kind === 'bullets'
        ? `<ul>${items}</ul>`
        : `<ol${b.start === 1 ? '' : ` start="${b.start}"`}>${items}</ol>`;
    })
    .join('');
}

export function textHtml(text: string, paragraphClass = ''): string {
  return blocksHtml(parseTextBlocks(text), paragraphClass);
}
