import type { Rag } from '@waymark/web/shared/data-access';

/** Who is correcting: a reviewer corrects directly; a lead of the action proposes a correction for a reviewer. */
export type CorrectionRole = 'reviewer' | 'lead';

/** What the form holds, as typed. `rag` '' means "leave the RAG as it is". */
export interface CorrectionDraft {
  readonly rag: Rag | '';
  readonly narrative: string;
  readonly percent: string;
  readonly reason: string;
}

/** The update as signed off. */
export interface CorrectedUpdate {
  readonly narrative: string;
  readonly proposedRag?: Rag | null;
  readonly validatedRag?: Rag | null;
  readonly percentComplete?: number | null;
}

export type CorrectionField = 'rag' | 'narrative' | 'percent' | 'reason';

export interface CorrectionChanges {
  readonly narrative?: string;
  readonly proposedRag?: Rag;
  readonly validatedRag?: Rag;
  readonly percentComplete?: number;
}

export const CORRECTION_FIELD_ID: Record<CorrectionField, string> = {
  rag: 'correction-rag',
  narrative: 'correction-narrative',
  percent: 'correction-percent',
  reason: 'correction-reason',
};

/**
 * Checks the form and works out what it changes: only what differs from the update as signed off. A reviewer's RAG
 * is the validated RAG (compared with the RAG the board saw); a lead's is a new proposed RAG.
 */
export function correctionChanges(
  role: CorrectionRole,
  update: CorrectedUpdate,
  draft: CorrectionDraft,
): { problems: Array<{ field: CorrectionField; message: string }>; changes: CorrectionChanges } {
  const problems: Array<{ field: CorrectionField; message: string }> = [];
  const changes: { -readonly [K in keyof CorrectionChanges]: CorrectionChanges[K] } = {};
  const seen = role === 'reviewer' ? (update.validatedRag ?? update.proposedRag ?? null) : (update.proposedRag ?? null);
  if (draft.rag !== '' && draft.rag !== seen) {
    if (role === 'reviewer') changes.validatedRag = draft.rag;
    else changes.proposedRag = draft.rag;
  }
  if (draft.narrative.trim() !== '' && draft.narrative.trim() !== update.narrative.trim())
    changes.narrative = draft.narrative.trim();
  const percent = draft.percent.trim();
  if (percent !== '') {
    if (!/^\d{1,3}$/.test(percent) || Number(percent) > 100)
      problems.push({ field: 'percent', message: 'Enter percent complete as a whole number from 0 to 100' });
    else if (Number(percent) !== update.percentComplete) changes.percentComplete = Number(percent);
  }
  if (!draft.reason.trim()) {
    problems.push({
      field: 'reason',
      message:
        role === 'reviewer' ? 'Enter why you are correcting this update' : 'Enter why the update needs correcting',
    });
  }
  if (problems.length === 0 && Object.keys(changes).length === 0) {
    problems.unshift({
      field: 'rag',
      message: 'Change the RAG, the narrative or the percent complete: a correction must change something',
    });
  }
  return { problems, changes };
}
