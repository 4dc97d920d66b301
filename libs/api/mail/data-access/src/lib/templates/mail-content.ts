/** One e-mail as every template produces it: plain text first, simple HTML second, no images. */
export interface MailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export const SERVICE_NAME = 'Waymark';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

export interface MailListItem {
  readonly text: string;
  /** Its own link, shown in full in the plain text. */
  readonly href?: string;
}

/** A headed list (e.g. the updates a digest is about), placed after the paragraphs. */
export interface MailList {
  readonly heading: string;
  readonly items: readonly MailListItem[];
}

export interface MailParts {
  readonly subject: string;
  readonly greeting: string;
  /** Paragraphs before the link. */
  readonly paragraphs: readonly string[];
  readonly lists?: readonly MailList[];
  readonly link: { readonly text: string; readonly href: string };
  /** Paragraphs after the link. */
  readonly after?: readonly string[];
}

/**
 * The one layout of every message (GOV.UK style: short sentences, the service name, one main link, no images);
 * the items of a list may carry links of their own.
 * The plain text shows the address in full, since many mail clients in councils show text only.
 */
export function composeMail(parts: MailParts): MailContent {
  const after = parts.after ?? [];
  const lists = parts.lists ?? [];
  const listText = lists.map((l) =>
    [l.heading, ...l.items.map((i) => (i.href ? `- ${i.text}\n  ${i.href}` : `- ${i.text}`))].join('\n'),
  );
  const text =
    [
      parts.greeting,
      ...parts.paragraphs,
      ...listText,
      `${parts.link.text}:\n${parts.link.href}`,
      ...after,
      SERVICE_NAME,
    ].join('\n\n') + '\n';
  const p = (t: string) => `<p style="margin:0 0 16px">${escapeHtml(t)}</p>`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;margin:0;padding:16px">',
    `<p style="margin:0 0 16px;font-weight:bold">${SERVICE_NAME}</p>`,
    p(parts.greeting),
    ...parts.paragraphs.map(p),
    ...lists.map(listHtml),
    `<p style="margin:0 0 16px"><a href="${escapeHtml(parts.link.href)}" style="color:#1d70b8">${escapeHtml(parts.link.text)}</a></p>`,
    ...after.map(p),
    '</body></html>',
  ].join('\n');
  return { subject: parts.subject, text, html };
}

function listHtml(list: MailList): string {
  const item = (i: MailListItem) =>
    `<li style="margin:0 0 8px">${i.href ? `<a href="${escapeHtml(i.href)}" style="color:#1d70b8">${escapeHtml(i.text)}</a>` : escapeHtml(i.text)}</li>`;
  return `<p style="margin:0 0 8px;font-weight:bold">${escapeHtml(list.heading)}</p>\n<ul style="margin:0 0 16px;padding-left:20px">${list.items.map(item).join('')}</ul>`;
}
