import { IndicatorDirection, LifecycleStatus, PeriodState, Rag, ReviewState } from './enums';
import { localDate } from './local-date';
import { LIFECYCLE_LABEL, PERIOD_STATE_LABEL, RAG_LABEL, REVIEW_STATE_LABEL } from './labels';

// What the history says of a field and its values: names for ids, long dates, labels for enums, quoted text.

/** Changed fields of one audit row, each with its value before and after. */
export type FieldChanges = Readonly<Record<string, { readonly before: unknown; readonly after: unknown }>>;

const DIRECTION_WORD: Record<IndicatorDirection, string> = {
  [IndicatorDirection.HigherIsBetter]: 'higher is better',
  [IndicatorDirection.LowerIsBetter]: 'lower is better',
};

/** Names of the records ids point at (people, organisations, groups, themes, objectives), by id. */
export type HistoryNames = Readonly<Record<string, string>>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

/** Bookkeeping a sentence already carries (who, when, the review step) or that means nothing to a reader. */
export const UNSPOKEN = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'archivedAt',
  'actionId',
  'periodId',
  'strategyId',
  'partnershipId',
  'progressUpdateId',
  'reviewState',
  'reviewedById',
  'reviewedAt',
  'submittedAt',
  'authorId',
  'correctionCount',
  'lastCorrectionReason',
  'validationReason',
  'reviewComment',
  'proposedById',
  'decidedById',
  'decidedAt',
  'decisionReason',
  'state',
  'sortOrder',
]);

const FIELD_LABEL: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  ref: 'Reference',
  narrative: 'Narrative',
  proposedRag: 'Proposed RAG',
  validatedRag: 'Validated RAG',
  percentComplete: 'Percent complete',
  lifecycleStatus: 'Status',
  currentDueOn: 'Due date',
  originalDueOn: 'Original due date',
  startsOn: 'Start date',
  endsOn: 'End date',
  updateDeadline: 'Update deadline',
  leadOrganisationId: 'Lead organisation',
  leadPersonId: 'Lead officer',
  deliveryGroupId: 'Delivery group',
  supportingOrganisationIds: 'Supporting partners',
  themeId: 'Theme',
  objectiveId: 'Objective',
  name: 'Name',
};

/** "3 March 2016" for an ISO date or a timestamp (the date in London, where the partnerships are). */
export function longDate(value: Date | string): string {
  const iso = typeof value === 'string' && ISO_DATE.test(value) ? value : localDate(new Date(value));
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** The fields of a change a reader cares about (bookkeeping fields left out). */
export function spokenFields(changes: FieldChanges): string[] {
  return Object.keys(changes).filter((field) => !UNSPOKEN.has(field));
}

/** A field's label and its before/after values in words: "RAG", "Amber", "Red". */
export function fieldChangeWords(
  field: string,
  change: { readonly before: unknown; readonly after: unknown },
  names: HistoryNames = {},
): { label: string; before: string; after: string } {
  return { label: label(field), before: spoken(change.before, names), after: spoken(change.after, names) };
}

/** A value in words: names for ids, long dates, labels for enums, quoted text (shortened). */
export function spoken(value: unknown, names: HistoryNames): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => spoken(v, names)).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return 'a new value';
  if (UUID.test(value)) return names[value] ?? 'a record since removed';
  // numeric columns (baseline, target, tolerance) arrive from PostgreSQL as text: a number, not a quotation.
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  if (ISO_DATE.test(value) || ISO_TIMESTAMP.test(value)) return longDate(value);
  if (isRag(value)) return RAG_LABEL[value];
  if (isLifecycle(value)) return LIFECYCLE_LABEL[value];
  if ((Object.values(ReviewState) as string[]).includes(value)) return REVIEW_STATE_LABEL[value as ReviewState];
  if ((Object.values(IndicatorDirection) as string[]).includes(value))
    return DIRECTION_WORD[value as IndicatorDirection];
  if ((Object.values(PeriodState) as string[]).includes(value)) return PERIOD_STATE_LABEL[value as PeriodState];
  const text = value.replace(/\s+/g, ' ').trim();
  return `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;
}

export function label(field: string): string {
  const known = FIELD_LABEL[field];
  if (known) return known;
  const plain = words(field.replace(/Ids?$/, ''));
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

export function words(name: string): string {
  return name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

export function isRag(value: unknown): value is Rag {
  return (Object.values(Rag) as unknown[]).includes(value);
}

export function isLifecycle(value: unknown): value is LifecycleStatus {
  return (Object.values(LifecycleStatus) as unknown[]).includes(value);
}
