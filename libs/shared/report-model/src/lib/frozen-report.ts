import type { BoardReport, BoardReportOptions, ReportRow, ReportSection } from './board-report';
import { OPTIONAL_COLUMNS } from './board-report';
import { emptySectionMessage, normaliseColumns, ReportOptionError } from './build-board-report';
import { formatDate } from './plan-index';
import { coverReport, pluralLabel, reportClosing } from './report-frame';

export const CORRECTIONS_HEADING = 'Corrections since sign-off';

/** The longest RAG history a report can ask for: the snapshot keeps it all and each view slices it. */
export const FROZEN_HISTORY_LENGTH = 12;

/**
 * What is frozen at sign-off: every optional column, the indicator appendix and the longest RAG history, so any
 * later choice of themes, columns, exceptions or history length is a view of the snapshot, never a rebuild.
 */
export function frozenReportOptions(periodId: string, signedOffOn: string): BoardReportOptions {
  return {
    periodId,
    columns: OPTIONAL_COLUMNS,
    includeIndicators: true,
    historyLength: FROZEN_HISTORY_LENGTH,
    generatedOn: signedOffOn,
    onlyExceptions: false,
    introduction: null,
    cover: null,
    closing: null,
  };
}

export function editionLabel(version: number, signedOffOn: string): string {
  return `Signed off ${formatDate(signedOffOn)} · version ${version}`;
}

/**
 * A frozen report as the reader asked for it: themes, columns, exceptions only, history length, indicators and
 * introduction, cover and closing applied to the stored model. Rows, numbers, dates and texts come only from the snapshot.
 */
export function viewFrozenReport(frozen: BoardReport, options: BoardReportOptions): BoardReport {
  const extra = normaliseColumns(options.columns);
  const themeFilter = options.themeIds && options.themeIds.length > 0 ? new Set(options.themeIds) : null;
  if (themeFilter) {
    const unknown = [...themeFilter].filter((id) => !frozen.sections.some((s) => s.themeId === id));
    if (unknown.length)
      throw new ReportOptionError(
        'themes',
        `No ${frozen.labels.theme.toLowerCase()} ${unknown.join(', ')} in this report.`,
      );
  }
  const historyLength = Math.max(1, Math.min(FROZEN_HISTORY_LENGTH, options.historyLength ?? 4));
  const historyPeriods = extra.includes('history') ? frozen.historyPeriods.slice(-historyLength) : [];
  const onlyExceptions = !!options.onlyExceptions;
  const columns = frozen.columns.filter(
    (c) => !(OPTIONAL_COLUMNS as readonly string[]).includes(c.key) || (extra as readonly string[]).includes(c.key),
  );
  let paragraph = 0;
  const sections: ReportSection[] = [];
  const counted: ReportRow[] = [];
  for (const section of frozen.sections) {
    if (themeFilter && !themeFilter.has(section.themeId)) continue;
    counted.push(...section.rows);
    const paragraphNumber = ++paragraph;
    const kept = section.rows.filter((row) => !onlyExceptions || row.exceptions.length > 0);
    const rows = respan(frozen.hasObjectiveColumn, section.rows, kept).map((row) => ({
      ...row,
      ragHistory: historyPeriods.length ? row.ragHistory.slice(-historyLength) : [],
    }));
    sections.push({
      ...section,
      paragraphNumber,
      rows,
      emptyMessage: rows.length ? null : emptySectionMessage(frozen.labels.action, onlyExceptions),
      commentary: section.commentary.map((p) => ({ number: ++paragraph, text: p.text })),
    });
  }
  // The cover and closing are the officer's covering text, applied to the frozen data like the introduction.
  const cover = coverReport(options.cover);
  return {
    ...frozen,
    introduction: options.introduction?.trim() || null,
    cover,
    closing: reportClosing(options.closing),
    // Snapshots frozen before the level heading existed lack it.
    levelHeading: (frozen as Partial<BoardReport>).levelHeading ?? pluralLabel(frozen.labels.theme),
    dateLabel: cover?.meetingLabel ?? (frozen.edition ? formatDate(frozen.edition.signedOffOn) : frozen.dateLabel),
    columns,
    onlyExceptions,
    historyPeriods,
    sections,
    appendix: options.includeIndicators ? frozen.appendix : null,
    ragTrend: options.includeRagTrend ? (options.ragTrend ?? null) : null,
    landscape: columns.length > 3,
    summary: {
      actions: counted.length,
      shown: sections.reduce((n, s) => n + s.rows.length, 0),
      exceptions: counted.filter((r) => r.exceptions.length > 0).length,
      missing: counted.filter((r) => r.exceptions.includes('missing')).length,
    },
  };
}

/** Objective cells span the rows left after filtering: the first kept row of each objective carries the cell. */
function respan(hasObjectiveColumn: boolean, all: readonly ReportRow[], kept: readonly ReportRow[]): ReportRow[] {
  if (!hasObjectiveColumn) return kept.map((row) => ({ ...row, objective: null }));
  const titles = new Map<string | null, string>();
  for (const row of all) if (row.objective) titles.set(row.objective.id, row.objective.title);
  return kept.map((row, i) => {
    const first = i === 0 || kept[i - 1].objectiveId !== row.objectiveId;
    if (!first) return { ...row, objective: null };
    let span = 1;
    while (i + span < kept.length && kept[i + span].objectiveId === row.objectiveId) span++;
    return { ...row, objective: { id: row.objectiveId, title: titles.get(row.objectiveId) ?? '', rowSpan: span } };
  });
}
