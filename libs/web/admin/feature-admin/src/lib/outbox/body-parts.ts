export interface BodyPart {
  readonly text: string;
  /** Set when the part is a web address, shown as a link. */
  readonly href?: string;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** Splits a plain-text e-mail body into text and web addresses, so the Outbox screen can show the links as links. */
export function bodyParts(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: body.slice(last, index) });
    parts.push({ text: match[0], href: match[0] });
    last = index + match[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}
