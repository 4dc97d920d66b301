/** RAG history strip and timeline wording for the action page: pure functions, tested. */
export type RagWord = 'Red' | 'Amber' | 'Green';

export interface StripPeriod {
  readonly id: string;
  readonly name: string;
}

export interface StripUpdate {
  readonly periodId: string;
  readonly effectiveRag: RagWord | null;
  readonly lifecycleStatus: string | null;
}

export interface StripCell {
  readonly periodId: string;
  readonly periodName: string;
  readonly rag: RagWord | null;
  /** The RAG word, else the lifecycle word (e.g. "Complete"), else "No update". */
  readonly label: string;
}

const LIFECYCLE: Record<string, string> = {
  NotStarted: 'Not started',
  InProgress: 'In progress',
  Ongoing: 'Ongoing',
  Complete: 'Complete',
  Deferred: 'Deferred',
  Cancelled: 'Cancelled',
};

/** One cell per period in period order, so a gap (no update) is visible as a gap. */
export function ragStrip(periods: readonly StripPeriod[], updates: readonly StripUpdate[]): StripCell[] {
  const byPeriod = new Map(updates.map((u) => [u.periodId, u]));
  return periods.map((p) => {
    const update = byPeriod.get(p.id);
    const rag = update?.effectiveRag ?? null;
    const label = rag ?? (update ? (update.lifecycleStatus && LIFECYCLE[update.lifecycleStatus]) || 'No RAG' : 'No update');
    return { periodId: p.id, periodName: p.name, rag, label };
  });
}

export interface HistoryChange {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface HistoryItem {
  readonly entityType: string;
  readonly operation: string;
  readonly periodName: string | null;
  readonly changes: readonly HistoryChange[];
}

const ENTITY: Record<string, string> = {
  action: 'Action',
  progress_update: 'Progress update',
  review: 'Review',
};

const VERB: Record<string, string> = {
  create: 'created',
  update: 'updated',
  archive: 'archived',
  restore: 'restored',
  reorder: 'reordered',
  submit: 'submitted',
  accept: 'accepted',
  return: 'returned',
  validate: 'RAG validated',
  validate_rag: 'RAG validated',
  correct: 'corrected',
  correction: 'corrected',
  sign_off: 'signed off',
};

function words(value: string): string {
  return value.replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "Progress update submitted (2024/25 Q2)", "Action created". */
export function historyTitle(item: HistoryItem): string {
  const entity = ENTITY[item.entityType] ?? capitalise(words(item.entityType));
  const verb = VERB[item.operation] ?? words(item.operation);
  const title = `${entity} ${verb}`;
  return item.periodName ? `${title} (${item.periodName})` : title;
}

/** "Due date" for `currentDueOn`, "Narrative" for `narrative`. */
export function fieldLabel(field: string): string {
  const special: Record<string, string> = {
    currentDueOn: 'Due date',
    originalDueOn: 'Original due date',
    startsOn: 'Start date',
    proposedRag: 'Proposed RAG',
    validatedRag: 'Validated RAG',
    leadOrganisationId: 'Lead organisation',
    leadPersonId: 'Lead officer',
    deliveryGroupId: 'Delivery group',
    lifecycleStatus: 'Status',
    reviewState: 'Review state',
  };
  return special[field] ?? capitalise(words(field));
}

/** Text of a before/after value; long narratives are shortened to keep the timeline scannable. */
export function changeValue(value: string | null, max = 200): string {
  if (value === null || value === '') return '(none)';
  const text = LIFECYCLE[value] ?? value;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
