import { INDICATOR_STATUS_LABEL, RAG_LABEL, Rag, type IndicatorStatus } from '@waymark/shared/domain';
import {
  CHANGE_SECTIONS,
  changeRef,
  CORRECTIONS_HEADING,
  COVER_SECTIONS,
  coverDetails,
  RAG_TREND_COLUMNS,
  ragTrendCells,
  ragTrendTables,
  type BoardReport,
  type ChangesReport,
  type RagCell,
  type ReportRow,
} from '@waymark/shared/report-model';
import { textHtml } from './html-text';
import { BAND_RAG, RAG_FILL, RAG_TEXT } from './rag-colours';
import { REPORT_STYLE } from './report-style';
import { escapeHtml as e } from './text-safety';

// Paged layout rules: a heading stays with what follows it (and with its table's header and first row), rows are
// not split unless taller than a page, a table's header row repeats and never ends a page on its own.
const STYLE = `
body{font-family:${REPORT_STYLE.font},Helvetica,sans-serif;color:#${REPORT_STYLE.textColour};margin:2rem;line-height:1.4;font-size:${REPORT_STYLE.size.body}pt}
h1,h2,h3{color:#${REPORT_STYLE.headingColour};font-weight:bold;break-after:avoid;break-inside:avoid}
h1{font-size:${REPORT_STYLE.size.title}pt;margin:0 0 .25rem}h2{font-size:${REPORT_STYLE.size.heading1}pt;margin:1.5rem 0 .5rem}h3{font-size:${REPORT_STYLE.size.heading2}pt;margin:1.25rem 0 .5rem}
p{margin:0 0 .5rem;orphans:2;widows:2}ul,ol{margin:0 0 .5rem;padding-left:1.5rem}
.meta{color:#333;margin:0 0 1rem}
.cover dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1rem}.cover dt{font-weight:bold}.cover dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #${REPORT_STYLE.border};padding:.35rem .5rem;vertical-align:top;text-align:left}
td p:last-child,th p:last-child,td ul:last-child,td ol:last-child{margin-bottom:0}
thead th{background:#${REPORT_STYLE.headerFill}}
thead{display:table-header-group}
thead tr{break-inside:avoid;break-after:avoid}
tr{break-inside:avoid}
tbody tr:first-child{break-before:avoid}
.keep{break-inside:avoid}
th.objective{font-weight:bold}
.num{white-space:nowrap;font-weight:bold;margin-right:.35rem}
.marker{font-weight:bold;display:block}
.missing{font-style:italic}
.rag{font-weight:bold;color:${RAG_TEXT}}
.rag-red{background:#${RAG_FILL[Rag.Red]}}.rag-amber{background:#${RAG_FILL[Rag.Amber]}}.rag-green{background:#${RAG_FILL[Rag.Green]}}
.band{display:block;font-size:9pt;font-weight:normal}
.history{display:flex;gap:2px;list-style:none;margin:0;padding:0}
.history li{padding:0 .25rem;border:1px solid #b1b4b6;font-size:9pt}
.numbered{display:flex;gap:.75rem;margin:0 0 .5rem}.numbered>span:first-child{min-width:1.5rem}.numbered>div{flex:1}
@page{size:A4 portrait;margin:15mm}
@media print{body{margin:0}}
`;

function ragClass(rag: Rag | null): string {
  return rag ? `rag rag-${rag}` : '';
}

function history(cells: readonly RagCell[]): string {
  return `<ul class="history">${cells
    .map((c) => `<li class="${ragClass(c.rag)}"><span>${e(c.periodName)}:</span> ${e(c.label)}</li>`)
    .join('')}</ul>`;
}

function cell(report: BoardReport, row: ReportRow, key: BoardReport['columns'][number]['key']): string {
  switch (key) {
    case 'objective':
      return row.objective
        ? `<th scope="row" class="objective" rowspan="${row.objective.rowSpan}">${e(row.objective.title)}</th>`
        : '';
    case 'action':
      return `<td><span class="num">${e(row.number)}</span>${e(row.title)}</td>`;
    case 'progress':
      return `<td class="${row.progress.state === 'missing' ? 'missing' : ''}">${row.progress.marker ? `<span class="marker">[${e(row.progress.marker)}]</span>` : ''}${textHtml(row.progress.text)}</td>`;
    case 'lead':
      return `<td>${e(row.lead ?? '')}</td>`;
    case 'due':
      return `<td>${e(row.dueLabel ?? '')}${row.overdue ? ' <strong>(overdue)</strong>' : ''}</td>`;
    case 'rag':
      return `<td class="${ragClass(row.rag)}">${e(row.ragLabel ?? row.lifecycleLabel)}</td>`;
    case 'history':
      return `<td>${history(row.ragHistory)}</td>`;
  }
}

function coverHtml(report: BoardReport): string {
  const cover = report.cover;
  if (!cover) return '';
  const parts = ['<section class="cover" aria-label="Cover report">'];
  const details = coverDetails(cover);
  if (details.length)
    parts.push(`<dl>${details.map(([label, value]) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`).join('')}</dl>`);
  if (cover.purpose) parts.push(`<h2>${e(COVER_SECTIONS.purpose)}</h2>${textHtml(cover.purpose)}`);
  if (cover.recommendations.length)
    parts.push(
      `<h2>${e(COVER_SECTIONS.recommendations)}</h2><ol>${cover.recommendations.map((r) => `<li>${e(r)}</li>`).join('')}</ol>`,
    );
  if (cover.background) parts.push(`<h2>${e(COVER_SECTIONS.background)}</h2>${textHtml(cover.background)}`);
  parts.push('</section>');
  return parts.join('');
}

function boardBody(report: BoardReport): string {
  const parts: string[] = [];
  parts.push(`<h1>${e(report.title)}</h1>`);
  parts.push(
    `<p class="meta">${e(report.period.name)} · ${e(report.dateLabel)}${report.edition ? ` · ${e(report.edition.label)}` : ''}${report.onlyExceptions ? ' · Exceptions only (red, amber, overdue or missing update)' : ''}</p>`,
  );
  parts.push(coverHtml(report));
  if (report.introduction) parts.push(textHtml(report.introduction));
  if (report.corrections.length) {
    parts.push(`<section aria-labelledby="corrections"><h2 id="corrections">${e(CORRECTIONS_HEADING)}</h2><ul>`);
    parts.push(report.corrections.map((c) => `<li>${e(c.text)}</li>`).join(''));
    parts.push('</ul></section>');
  }
  if (report.sections.length) parts.push(`<h2 class="level">${e(report.levelHeading)}</h2>`);
  for (const section of report.sections) {
    parts.push(`<section aria-labelledby="theme-${e(section.themeId)}">`);
    parts.push(
      `<h3 id="theme-${e(section.themeId)}"><span class="num">${section.paragraphNumber}.</span> ${e(section.heading)}</h3>`,
    );
    if (section.rows.length === 0) {
      parts.push(`<p>${e(section.emptyMessage ?? '')}</p>`);
    } else {
      parts.push(
        `<table><caption class="visually-hidden" style="position:absolute;left:-9999px">${e(section.heading)}</caption><thead><tr>`,
      );
      parts.push(report.columns.map((c) => `<th scope="col">${e(c.heading)}</th>`).join(''));
      parts.push('</tr></thead><tbody>');
      for (const row of section.rows) {
        parts.push(`<tr>${report.columns.map((c) => cell(report, row, c.key)).join('')}</tr>`);
      }
      parts.push('</tbody></table>');
    }
    for (const p of section.commentary)
      parts.push(`<div class="numbered"><span>${p.number}.</span><div>${textHtml(p.text)}</div></div>`);
    parts.push('</section>');
  }
  if (report.closing) {
    parts.push('<section class="closing">');
    if (report.closing.heading) parts.push(`<h2>${e(report.closing.heading)}</h2>`);
    parts.push(textHtml(report.closing.text), '</section>');
  }
  if (report.ragTrend) parts.push(ragTrendHtml(report));
  if (report.appendix) {
    const a = report.appendix;
    parts.push(
      `<section><h2>${e(a.heading)}</h2><table><thead><tr><th scope="col">Indicator</th><th scope="col">Direction</th><th scope="col">Baseline</th><th scope="col">Target</th>`,
    );
    parts.push(a.periods.map((p) => `<th scope="col">${e(p.name)}</th>`).join(''));
    parts.push('<th scope="col">Meets target</th></tr></thead><tbody>');
    for (const r of a.rows) {
      parts.push(
        `<tr><th scope="row">${e(r.name)}${r.unit ? ` (${e(r.unit)})` : ''}</th><td>${e(r.directionLabel)}</td><td>${e(r.baseline)}</td><td>${e(r.target)}</td>${r.values
          .map((v, i) => indicatorValueCell(v, r.statuses?.[i] ?? null))
          .join('')}<td>${r.meetsTarget === null ? '' : r.meetsTarget ? 'Yes' : 'No'}</td></tr>`,
      );
    }
    parts.push('</tbody></table></section>');
  }
  return parts.join('\n');
}

/** A value in its tolerance band's colour, with the band in words (colour alone is not accessible). */
function indicatorValueCell(value: number | null, status: IndicatorStatus | null): string {
  if (value === null) return '<td></td>';
  if (!status) return `<td>${e(value)}</td>`;
  return `<td class="rag rag-${BAND_RAG[status]}">${e(value)}<span class="band">${e(INDICATOR_STATUS_LABEL[status])}</span></td>`;
}

function ragTrendHtml(report: BoardReport): string {
  const trend = report.ragTrend;
  if (!trend) return '';
  const parts = [`<section><h2>${e(trend.heading)}</h2>`];
  if (trend.periods.length === 0) parts.push('<p>No reporting period has started yet.</p>');
  const headClass = ['', 'rag rag-red', 'rag rag-amber', 'rag rag-green', '', ''];
  for (const table of trend.periods.length ? ragTrendTables(trend) : []) {
    parts.push(`<h3>${e(table.heading)}</h3><table><thead><tr>`);
    parts.push(
      RAG_TREND_COLUMNS.map(
        (h, i) => `<th scope="col"${headClass[i] ? ` class="${headClass[i]}"` : ''}>${e(h)}</th>`,
      ).join(''),
    );
    parts.push('</tr></thead><tbody>');
    for (const row of table.rows)
      parts.push(
        `<tr><th scope="row">${e(row.periodName)}</th>${ragTrendCells(row.share)
          .map((c) => `<td>${e(c)}</td>`)
          .join('')}</tr>`,
      );
    parts.push('</tbody></table>');
  }
  parts.push('</section>');
  return parts.join('');
}

function changesBody(report: ChangesReport): string {
  const parts: string[] = [
    `<h1>${e(report.title)}</h1>`,
    `<p class="meta">${e(report.period.name)} · ${e(report.dateLabel)}</p>`,
  ];
  parts.push('<h2>RAG distribution</h2><table><thead><tr><th scope="col">Theme</th>');
  const cols: Array<[keyof typeof report.totals.now, string]> = [
    ['red', RAG_LABEL.red],
    ['amber', RAG_LABEL.amber],
    ['green', RAG_LABEL.green],
    ['notRated', 'Not rated'],
  ];
  parts.push(cols.map(([, h]) => `<th scope="col">${e(h)} now</th><th scope="col">${e(h)} before</th>`).join(''));
  parts.push('</tr></thead><tbody>');
  for (const d of report.distribution) {
    parts.push(
      `<tr><th scope="row">${e(d.heading)}</th>${cols.map(([k]) => `<td>${d.now[k]}</td><td>${d.previous ? d.previous[k] : '–'}</td>`).join('')}</tr>`,
    );
  }
  parts.push('</tbody></table>');
  for (const [key, title] of CHANGE_SECTIONS) {
    const items = report[key];
    parts.push(`<h2>${e(title)} (${items.length})</h2>`);
    if (items.length === 0) {
      parts.push('<p>None.</p>');
      continue;
    }
    parts.push(
      '<table><thead><tr><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Lead</th><th scope="col">Change</th></tr></thead><tbody>',
    );
    for (const i of items)
      parts.push(
        `<tr><th scope="row">${e(changeRef(i))}</th><td>${e(i.title)}</td><td>${e(i.lead ?? '')}</td><td>${e(i.detail)}</td></tr>`,
      );
    parts.push('</tbody></table>');
  }
  return parts.join('\n');
}

function page(title: string, body: string, landscape: boolean): string {
  const orientation = landscape ? '@page{size:A4 landscape;margin:12mm}' : '';
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${STYLE}${orientation}</style></head><body><main>\n${body}\n</main></body></html>\n`;
}

/** Self-contained HTML (inline CSS, no scripts) of the board report: the PDF is printed from it. */
export function renderBoardHtml(report: BoardReport): string {
  return page(report.title, boardBody(report), report.landscape);
}

export function renderChangesHtml(report: ChangesReport): string {
  return page(report.title, changesBody(report), true);
}
