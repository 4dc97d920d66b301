import type { BoardReport, ChangesReport } from '@waymark/shared/report-model';
import {
  CHANGE_SECTIONS,
  changeRef,
  CORRECTIONS_HEADING,
  COVER_SECTIONS,
  coverDetails,
  plainText,
  ragTrendCells,
  ragTrendTables,
} from '@waymark/shared/report-model';
import { INDICATOR_STATUS_LABEL } from '@waymark/shared/domain';

/** "Number" is the full number ("2.1 ii)"); "Ref" the plan's own reference ("HC-1.1") where it has one. */
export const FLAT_HEADERS = [
  'Theme',
  'Objective',
  'Number',
  'Ref',
  'Action',
  'Lead',
  'Due',
  'Status',
  'RAG',
  'Progress',
  'Previous RAG',
] as const;

/** One row per action, objective repeated on every row (spreadsheets filter better without merges). */
export function boardFlatRows(report: BoardReport): string[][] {
  const rows: string[][] = [];
  for (const section of report.sections) {
    let objective = '';
    for (const row of section.rows) {
      if (row.objective) objective = row.objective.title;
      const progress = plainText(row.progress.text);
      rows.push([
        section.heading,
        report.hasObjectiveColumn ? objective : '',
        row.reference,
        row.ref ?? '',
        row.title,
        row.lead ?? '',
        row.dueOn ?? '',
        row.overdue ? `${row.lifecycleLabel} (overdue)` : row.lifecycleLabel,
        row.ragLabel ?? '',
        row.progress.marker ? `[${row.progress.marker}] ${progress}` : progress,
        row.previousRagLabel ?? '',
      ]);
    }
  }
  // Spreadsheets have no place for a note: each correction is a row after the actions, under its own heading.
  for (const c of report.corrections)
    rows.push([
      CORRECTIONS_HEADING,
      '',
      c.reference,
      '',
      c.actionTitle,
      '',
      c.correctedOn,
      '',
      '',
      `${c.changes.join('; ')}. Reason: ${c.reason}`,
      '',
    ]);
  // Likewise the RAG trend: a row per theme and period, its figures in the Progress column.
  for (const row of ragTrendSheet(report)?.rows ?? []) {
    rows.push([
      `${report.ragTrend?.heading}: ${row[0]}`,
      '',
      '',
      '',
      row[1],
      '',
      '',
      '',
      '',
      `Red ${row[2]}, Amber ${row[3]}, Green ${row[4]}, Not rated ${row[5]}, Total ${row[6]}`,
      '',
    ]);
  }
  return rows;
}

export const COMMENTARY_HEADERS = ['Paragraph', 'Heading', 'Text'] as const;

/** The report's numbered paragraphs in order: each theme's heading paragraph and its commentary. */
export function commentaryRows(report: BoardReport): string[][] {
  return report.sections.flatMap((s) => [
    [String(s.paragraphNumber), s.heading, ''],
    ...s.commentary.map((p) => [String(p.number), s.heading, plainText(p.text)]),
  ]);
}

export const COVER_HEADERS = ['Part', 'Text'] as const;

/** The covering text (cover report, introduction, closing), one part a row; empty when there is none. */
export function coverRows(report: BoardReport): string[][] {
  const rows: string[][] = [
    ['Title', report.title],
    ['Period', report.period.name],
    ['Date', report.dateLabel],
  ];
  const cover = report.cover;
  if (cover) {
    rows.push(...coverDetails(cover).map(([label, value]) => [label, value]));
    if (cover.purpose) rows.push([COVER_SECTIONS.purpose, plainText(cover.purpose)]);
    if (cover.recommendations.length)
      rows.push([COVER_SECTIONS.recommendations, cover.recommendations.map((r, i) => `${i + 1}. ${r}`).join('\n')]);
    if (cover.background) rows.push([COVER_SECTIONS.background, plainText(cover.background)]);
  }
  if (report.introduction) rows.push(['Introduction', plainText(report.introduction)]);
  if (report.closing) rows.push([report.closing.heading ?? 'Closing', plainText(report.closing.text)]);
  return rows;
}

function withBand(value: number | null, status: keyof typeof INDICATOR_STATUS_LABEL | null): string {
  if (value === null) return '';
  return status ? `${value} (${INDICATOR_STATUS_LABEL[status]})` : String(value);
}

/** The indicators appendix as a sheet: one row per indicator, one column per period. */
export function indicatorSheet(report: BoardReport): { headers: string[]; rows: string[][] } | null {
  const a = report.appendix;
  if (!a) return null;
  const num = (v: number | null) => (v === null ? '' : String(v));
  return {
    headers: ['Indicator', 'Unit', 'Direction', 'Baseline', 'Target', ...a.periods.map((p) => p.name), 'Meets target'],
    rows: a.rows.map((r) => [
      r.name,
      r.unit,
      r.directionLabel,
      num(r.baseline),
      num(r.target),
      ...r.values.map((v, i) => withBand(v, r.statuses?.[i] ?? null)),
      r.meetsTarget === null ? '' : r.meetsTarget ? 'Yes' : 'No',
    ]),
  };
}

/** The RAG trend as a sheet: a row per theme (the whole strategy first) and period, counts with their percentages. */
export function ragTrendSheet(report: BoardReport): { headers: string[]; rows: string[][] } | null {
  const trend = report.ragTrend;
  if (!trend) return null;
  return {
    headers: [trend.themeLabel, 'Period', 'Red', 'Amber', 'Green', 'Not rated', 'Total'],
    rows: ragTrendTables(trend).flatMap((table) =>
      table.rows.map((row) => [table.heading, row.periodName, ...ragTrendCells(row.share)]),
    ),
  };
}

export const CHANGES_HEADERS = ['Section', 'Ref', 'Number', 'Theme', 'Objective', 'Action', 'Lead', 'Change'] as const;

export function changesFlatRows(report: ChangesReport): string[][] {
  return CHANGE_SECTIONS.flatMap(([key, heading]) =>
    report[key].map((i) => [
      heading,
      changeRef(i),
      i.reference,
      `${i.themeNumber}. ${i.themeTitle}`,
      i.objectiveTitle ?? '',
      i.title,
      i.lead ?? '',
      i.detail,
    ]),
  );
}
