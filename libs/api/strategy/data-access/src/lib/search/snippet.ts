/** A piece of a search snippet; `highlighted` marks the words that matched. */
export interface SnippetPart {
  readonly text: string;
  readonly highlighted: boolean;
}

/** ts_headline's StartSel / StopSel: control characters no title or narrative contains, so no text is mistaken for one. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** Splits ts_headline output into plain and highlighted parts (the client renders them as text, never as HTML). */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of headline.split(MATCH_START).entries()) {
    const [match, rest] = index === 0 ? [null, piece] : splitOnce(piece, MATCH_END);
    if (match) parts.push({ text: match, highlighted: true });
    if (rest) parts.push({ text: rest, highlighted: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
