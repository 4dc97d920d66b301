import { isOverdue, Rag } from '@waymark/shared/domain';
import type { BoardReport, CorrectionNote, ExceptionReason, ReportRow } from './board-report';
import { editionLabel } from './frozen-report';
import { formatDate } from './plan-index';

export interface SnapshotCorrection {
  readonly actionId: string;
  /** ISO date of the correction. */
  readonly correctedOn: string;
  readonly reason: string;
}

/**
 * The next version of a frozen report after a correction: only the corrected action's progress, RAG and status
 * are taken from `live` (the same period rebuilt now with the frozen options); everything else — titles, due
 * dates, numbering, other rows — stays as frozen, and a dated note says what changed and why. Null when the
 * action is not in the frozen report (it was archived before sign-off): the report the board saw is unchanged.
 */
export function reviseFrozenReport(
  frozen: BoardReport,
  live: BoardReport,
  correction: SnapshotCorrection,
): BoardReport | null {
  if (!frozen.edition) throw new Error('only a frozen report can be revised');
  const liveRow = live.sections.flatMap((s) => s.rows).find((r) => r.actionId === correction.actionId);
  const version = frozen.edition.version + 1;
  let note: CorrectionNote | null = null;
  const asOf = frozen.generatedOn < frozen.period.endsOn ? frozen.generatedOn : frozen.period.endsOn;
  const sections = frozen.sections.map((section) => ({
    ...section,
    rows: section.rows.map((row) => {
      if (row.actionId !== correction.actionId) return row;
      const patched = liveRow ? patchRow(row, liveRow, asOf) : row;
      note = correctionNote(version, row, patched, correction);
      return patched;
    }),
  }));
  if (!note) return null;
  const rows = sections.flatMap((s) => s.rows);
  return {
    ...frozen,
    edition: { ...frozen.edition, version, label: editionLabel(version, frozen.edition.signedOffOn) },
    corrections: [...frozen.corrections, note],
    sections,
    summary: {
      ...frozen.summary,
      exceptions: rows.filter((r) => r.exceptions.length > 0).length,
      missing: rows.filter((r) => r.exceptions.includes('missing')).length,
    },
  };
}

function patchRow(row: ReportRow, live: ReportRow, asOf: string): ReportRow {
  const overdue = isOverdue(row.dueOn, live.lifecycleStatus, asOf);
  const exceptions: ExceptionReason[] = [];
  if (live.rag === Rag.Red) exceptions.push('red');
  if (live.rag === Rag.Amber) exceptions.push('amber');
  if (overdue) exceptions.push('overdue');
  if (live.exceptions.includes('missing')) exceptions.push('missing');
  const current = live.ragHistory[live.ragHistory.length - 1];
  return {
    ...row,
    progress: live.progress,
    lifecycleStatus: live.lifecycleStatus,
    lifecycleLabel: live.lifecycleLabel,
    rag: live.rag,
    ragLabel: live.ragLabel,
    overdue,
    exceptions,
    ragHistory: current && row.ragHistory.length ? [...row.ragHistory.slice(0, -1), current] : row.ragHistory,
  };
}

function correctionNote(
  version: number,
  before: ReportRow,
  after: ReportRow,
  correction: SnapshotCorrection,
): CorrectionNote {
  const changes: string[] = [];
  if (before.ragLabel !== after.ragLabel) {
    changes.push(
      before.ragLabel && after.ragLabel
        ? `RAG changed from ${before.ragLabel} to ${after.ragLabel}`
        : after.ragLabel
          ? `RAG set to ${after.ragLabel}`
          : `RAG ${before.ragLabel} removed`,
    );
  }
  if (before.lifecycleLabel !== after.lifecycleLabel)
    changes.push(`Status changed from ${before.lifecycleLabel} to ${after.lifecycleLabel}`);
  if (before.progress.text !== after.progress.text || before.progress.marker !== after.progress.marker)
    changes.push('Progress text corrected');
  if (changes.length === 0) changes.push('Details not shown in this report were corrected');
  const dateLabel = formatDate(correction.correctedOn);
  const reason = correction.reason.trim();
  return {
    version,
    correctedOn: correction.correctedOn,
    dateLabel,
    actionId: before.actionId,
    reference: before.reference,
    actionTitle: before.title,
    changes,
    reason,
    text: `${dateLabel}: ${before.reference} ${before.title}: ${changes.join('; ')}. Reason: ${reason}`,
  };
}
