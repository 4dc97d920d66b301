import { escapeHtml, type MailContent, SERVICE_NAME } from '@waymark/api/mail/data-access';

export interface DigestLine {
  readonly text: string;
  readonly href: string;
}

export interface DigestSection {
  readonly heading: string;
  readonly lines: readonly DigestLine[];
}

export interface DigestParts {
  readonly subject: string;
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  readonly sections: readonly DigestSection[];
  readonly link: { readonly text: string; readonly href: string };
  readonly after?: readonly string[];
}

/**
 * The mail layout (see composeMail in the mail library) with lists: one heading per strategy or group, one line per
 * action with its own link. The plain text gives every address in full, as council mail clients often show text only.
 */
export function composeDigest(parts: DigestParts): MailContent {
  const after = parts.after ?? [];
  const textSections = parts.sections.map((s) =>
    [s.heading, ...s.lines.map((l) => `- ${l.text}\n  ${l.href}`)].join('\n'),
  );
  const text =
    [
      parts.greeting,
      ...parts.paragraphs,
      ...textSections,
      `${parts.link.text}:\n${parts.link.href}`,
      ...after,
      SERVICE_NAME,
    ].join('\n\n') + '\n';
  const p = (t: string) => `<p style="margin:0 0 16px">${escapeHtml(t)}</p>`;
  const a = (href: string, t: string) => `<a href="${escapeHtml(href)}" style="color:#1d70b8">${escapeHtml(t)}</a>`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;margin:0;padding:16px">',
    `<p style="margin:0 0 16px;font-weight:bold">${SERVICE_NAME}</p>`,
    p(parts.greeting),
    ...parts.paragraphs.map(p),
    ...parts.sections.flatMap((s) => [
      `<h2 style="font-size:19px;margin:0 0 8px">${escapeHtml(s.heading)}</h2>`,
      `<ul style="margin:0 0 16px;padding-left:20px">${s.lines.map((l) => `<li style="margin:0 0 8px">${a(l.href, l.text)}</li>`).join('')}</ul>`,
    ]),
    `<p style="margin:0 0 16px">${a(parts.link.href, parts.link.text)}</p>`,
    ...after.map(p),
    '</body></html>',
  ].join('\n');
  return { subject: parts.subject, text, html };
}
