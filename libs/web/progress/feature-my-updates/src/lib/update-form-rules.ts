import type { LifecycleStatus, Rag, UpdateFieldsFragment } from '@waymark/web/shared/data-access';
import type { ErrorSummaryItem } from '@waymark/web/shared/ui';

/** What the update form checks in the browser before it sends anything, and the words it uses for its fields. */
export const NARRATIVE_MAX = 20_000;

/** The element each API field's error links to in the error summary. */
export const FIELD_IDS: Record<string, string> = {
  narrative: 'narrative',
  proposedRag: 'rag-Red',
  percentComplete: 'percent',
  lifecycleStatus: 'lifecycle',
};

/** The form's values, as typed. */
export interface UpdateFormValues {
  readonly lifecycleStatus: LifecycleStatus;
  readonly proposedRag: Rag | null;
  readonly percentComplete: string;
  readonly narrative: string;
}

/** Browser-side checks; `forSubmit` adds what a submitted update must have (a RAG when the status needs one, text). */
export function validateUpdate(
  values: UpdateFormValues,
  options: { needsRag: boolean; forSubmit: boolean },
): ErrorSummaryItem[] {
  const { narrative, percentComplete, proposedRag } = values;
  const { needsRag, forSubmit } = options;
  const problems: ErrorSummaryItem[] = [];
  if (forSubmit && needsRag && !proposedRag) problems.push({ fieldId: 'rag-Red', message: 'Select a RAG status' });
  if (percentComplete.trim() !== '' && !/^(100|[1-9]?\d)$/.test(percentComplete.trim()))
    problems.push({ fieldId: 'percent', message: 'Percent complete must be a whole number from 0 to 100' });
  if (forSubmit && !narrative.trim()) problems.push({ fieldId: 'narrative', message: 'Enter your progress update' });
  if (narrative.length > NARRATIVE_MAX)
    problems.push({ fieldId: 'narrative', message: `Progress update must be ${NARRATIVE_MAX} characters or fewer` });
  return problems;
}

// reviewedAt survives a return and resubmission, so only a review later than the submission counts.
export function reviewedSinceSubmitted(update: UpdateFieldsFragment): boolean {
  if (!update.reviewedAt) return false;
  return !update.submittedAt || new Date(update.reviewedAt).getTime() >= new Date(update.submittedAt).getTime();
}

/** 24-hour clock time as GOV.UK writes it in a status: 10:42, 14:05. */
export function clockTime(at: Date): string {
  return at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
}

export function fieldLabel(field: string): string {
  const labels: Record<string, string> = {
    narrative: 'Progress update',
    proposedRag: 'RAG status',
    percentComplete: 'Percent complete',
    lifecycleStatus: 'Status',
  };
  return labels[field] ?? field;
}
