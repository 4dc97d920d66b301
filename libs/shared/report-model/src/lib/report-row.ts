import {
  isNotStartedYet,
  isOverdue,
  LIFECYCLE_LABEL,
  NOT_STARTED_YET_TEXT,
  Rag,
  RAG_LABEL,
  ReviewState,
} from '@waymark/shared/domain';
import type { ExceptionReason, RagCell, ReportProgress, ReportRow } from './board-report';
import { formatDate, IndexedAction, isReceived, lifecycleAt, owesUpdate, ragAt, ragCellLabel } from './plan-index';
import type { SourcePeriod, SourceUpdate } from './report-source';

export const NO_UPDATE_TEXT = 'No update received';
const MARKERS: Record<Exclude<ReportProgress['state'], 'accepted' | 'missing' | 'not_started'>, string> = {
  submitted: 'Not yet accepted',
  returned: 'Returned to lead, not accepted',
  draft: 'Draft, not yet submitted',
};

/** One action's row of the board table for a period: its progress, lead, due date, RAG and exceptions. */
export function buildRow(
  indexed: IndexedAction,
  updateOf: (actionId: string, periodId: string) => SourceUpdate | undefined,
  period: SourcePeriod,
  previous: SourcePeriod | null,
  historyPeriods: readonly SourcePeriod[],
  asOf: string,
): Omit<ReportRow, 'objective'> {
  const { action } = indexed;
  const update = updateOf(action.id, period.id);
  const previousUpdate = previous ? updateOf(action.id, previous.id) : undefined;
  const status = lifecycleAt(action, update);
  const rag = ragAt(action, update);
  const previousRag = previous ? ragAt(action, previousUpdate) : null;
  const progress = progressOf(update, isNotStartedYet(action.startsOn, period.endsOn));
  const overdue = isOverdue(action.currentDueOn, status, asOf);
  const exceptions: ExceptionReason[] = [];
  if (rag === Rag.Red) exceptions.push('red');
  if (rag === Rag.Amber) exceptions.push('amber');
  if (overdue) exceptions.push('overdue');
  if (progress.state === 'missing' && owesUpdate(status)) exceptions.push('missing');
  const ragHistory: RagCell[] = historyPeriods.map((p) => {
    const u = updateOf(action.id, p.id);
    return { periodId: p.id, periodName: p.name, rag: ragAt(action, u), label: ragCellLabel(action, u, p.endsOn) };
  });
  return {
    actionId: action.id,
    objectiveId: action.objectiveId,
    position: indexed.position,
    number: indexed.number,
    reference: indexed.reference,
    ref: action.ref,
    title: action.title,
    progress,
    lead: leadOf(action.leadOrganisation, action.leadPerson),
    dueOn: action.currentDueOn,
    dueLabel: action.currentDueOn ? formatDate(action.currentDueOn) : null,
    dueMoved: !!action.originalDueOn && !!action.currentDueOn && action.originalDueOn !== action.currentDueOn,
    overdue,
    lifecycleStatus: status,
    lifecycleLabel: LIFECYCLE_LABEL[status],
    rag,
    ragLabel: rag ? RAG_LABEL[rag] : null,
    previousRag,
    previousRagLabel: previousRag ? RAG_LABEL[previousRag] : null,
    ragHistory,
    exceptions,
  };
}

/** Accepted (or RAG-validated) text as is; other states keep their text behind a marker. */
export function progressOf(update: SourceUpdate | undefined, notStartedYet = false): ReportProgress {
  if (notStartedYet && (!update || update.narrative.trim() === ''))
    return { text: NOT_STARTED_YET_TEXT, state: 'not_started', marker: null };
  if (!update || update.narrative.trim() === '') return { text: NO_UPDATE_TEXT, state: 'missing', marker: null };
  const text = update.narrative.trim();
  if (update.reviewState === ReviewState.Accepted || update.validatedRag)
    return { text, state: 'accepted', marker: null };
  const state = update.reviewState as 'submitted' | 'returned' | 'draft';
  if (state === 'draft' && !isReceived(update)) return { text, state, marker: MARKERS.draft };
  return { text, state, marker: MARKERS[state] };
}

function leadOf(organisation: string | null, person: string | null): string | null {
  if (organisation && person) return `${organisation} (${person})`;
  return organisation ?? person ?? null;
}
