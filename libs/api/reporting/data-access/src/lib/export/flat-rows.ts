import type { BoardReport, ChangesReport } from '@waymark/shared/report-model';
import { CHANGE_SECTIONS, CORRECTIONS_HEADING } from '@waymark/shared/report-model';

export const FLAT_HEADERS = ['Theme', 'Objective', 'Number', 'Action', 'Lead', 'Due', 'Status', 'RAG', 'Progress', 'Previous RAG'] as const;

/** One row per action, objective repeated on every row (spreadsheets filter better without merges). */
export function boardFlatRows(report: BoardReport): string[][] {
  const rows: string[][] = [];
  for (const section of report.sections) {
    let objective = '';
    for (const row of section.rows) {
      if (row.objective) objective = row.objective.title;
      rows.push([
        section.heading,
        report.hasObjectiveColumn ? objective : '',
        row.number,
        row.title,
        row.lead ?? '',
        row.dueOn ?? '',
        row.overdue ? `${row.lifecycleLabel} (overdue)` : row.lifecycleLabel,
        row.ragLabel ?? '',
        row.progress.marker ? `[${row.progress.marker}] ${row.progress.text}` : row.progress.text,
        row.previousRagLabel ?? '',
      ]);
    }
  }
  // Spreadsheets have no place for a note: each correction is a row after the actions, under its own heading.
  for (const c of report.corrections) rows.push([CORRECTIONS_HEADING, '', c.reference, c.actionTitle, '', c.correctedOn, '', '', `${c.changes.join('; ')}. Reason: ${c.reason}`, '']);
  return rows;
}

export const CHANGES_HEADERS = ['Section', 'Ref', 'Theme', 'Objective', 'Action', 'Lead', 'Change'] as const;

export function changesFlatRows(report: ChangesReport): string[][] {
  return CHANGE_SECTIONS.flatMap(([key, heading]) =>
    report[key].map((i) => [heading, i.reference, `${i.themeNumber}. ${i.themeTitle}`, i.objectiveTitle ?? '', i.title, i.lead ?? '', i.detail]),
  );
}
