import { LifecycleStatus, Rag } from './enums';
import { LIFECYCLE_LABEL, RAG_LABEL } from './labels';
import {
  FieldChanges,
  HistoryNames,
  isLifecycle,
  isRag,
  label,
  longDate,
  spoken,
  UNSPOKEN,
  words,
} from './history-values';

/** One audit row as the timeline needs it: who did what to which record, when, why, and the changed fields. */
export interface HistoryFacts {
  readonly entityType: string;
  readonly entityId: string;
  readonly operation: string;
  readonly actorName: string | null;
  readonly occurredAt: Date | string;
  /** For a progress update (or a proposed correction of one): its period's name. */
  readonly periodName: string | null;
  readonly changes: FieldChanges;
  readonly reason: string | null;
}

/** A timeline entry in words: one sentence, and what changed, one line each. Never ids, field names or raw values. */
export interface HistoryWording {
  readonly summary: string;
  readonly details: readonly string[];
}

/** Records as they are now, by `${entityType}:${entityId}`: what the history is read back from. */
export type CurrentRecords = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * Every audit row of an action and its updates, oldest first, in words. A sentence can need a value the row itself
 * does not carry (a validated RAG "instead of" the proposed one), so each record's state is followed through the
 * rows: it starts from the record as it is now (`current`) with every row's `before` put back, newest first, so
 * records written without an audit row (imports, demo data) still read right, and then each row's `after` is
 * applied in order.
 */
export function describeHistory(
  entries: readonly HistoryFacts[],
  names: HistoryNames = {},
  current: CurrentRecords = {},
): HistoryWording[] {
  const known = new Map<string, Record<string, unknown>>();
  for (const [key, record] of Object.entries(current)) known.set(key, { ...record });
  for (let i = entries.length - 1; i >= 0; i--) {
    const key = `${entries[i].entityType}:${entries[i].entityId}`;
    const state = known.get(key) ?? {};
    for (const [field, change] of Object.entries(entries[i].changes)) state[field] = change.before;
    known.set(key, state);
  }
  return entries.map((entry) => {
    const state = known.get(`${entry.entityType}:${entry.entityId}`) ?? {};
    const wording = describeOne(entry, state, names);
    for (const [field, change] of Object.entries(entry.changes)) state[field] = change.after;
    return wording;
  });
}

function describeOne(entry: HistoryFacts, state: Record<string, unknown>, names: HistoryNames): HistoryWording {
  const by = `by ${entry.actorName ?? 'the system'} on ${longDate(entry.occurredAt)}`;
  const reasonWord = entry.operation === 'accept' || entry.operation === 'return' ? 'Comment' : 'Reason';
  const because = entry.reason?.trim() ? `. ${reasonWord}: ${entry.reason.trim()}` : '';
  const update = entry.periodName ? `The update for ${entry.periodName}` : 'The update';
  const changes = changeLines(entry.changes, state, names);
  const sentence = (headline: string, details: readonly string[] = changes): HistoryWording => ({
    summary: `${headline} ${by}${because}`,
    details,
  });

  if (entry.entityType === 'progress_update') {
    switch (entry.operation) {
      case 'create':
        return sentence(`${update} was started`, []);
      case 'update':
        return sentence(`${update} was edited`);
      case 'submit':
        return sentence(`${update} was submitted for review`, []);
      case 'withdraw':
        return sentence(`${update} was withdrawn from review`, []);
      case 'accept':
        return sentence(`${update} was accepted`, []);
      case 'return':
        return sentence(`${update} was returned to its lead`, []);
      case 'validate_rag':
        return sentence(
          validationHeadline(
            'validatedRag' in entry.changes ? entry.changes['validatedRag'].after : state['validatedRag'],
            state['validatedRag'],
            state['proposedRag'],
            entry.periodName,
          ),
          [],
        );
      case 'correct':
        return changes.length === 1
          ? sentence(
              `${changes[0]} in ${entry.periodName ? `the update for ${entry.periodName}` : 'the update'}, as a correction after sign-off,`,
              [],
            )
          : sentence(`${update} was corrected after sign-off`);
    }
  }
  if (entry.entityType === 'correction_proposal') {
    switch (entry.operation) {
      case 'create':
        return sentence(
          `A correction to ${update.charAt(0).toLowerCase()}${update.slice(1)} was proposed`,
          proposalLines(entry.changes),
        );
      case 'accept':
        return sentence('The proposed correction was accepted', []);
      case 'decline':
        return sentence('The proposed correction was declined', []);
    }
  }
  if (entry.entityType === 'action') {
    switch (entry.operation) {
      case 'create':
        return sentence('The action was added', []);
      case 'update':
        return sentence('The action was changed');
      case 'archive':
        return sentence('The action was archived', []);
      case 'restore':
        return sentence('The action was restored', []);
      case 'reorder':
        return sentence('The action was moved in the plan', []);
    }
  }
  return sentence(`The ${words(entry.entityType)} was ${pastTense(entry.operation)}`);
}

/**
 * "RAG validated as Red instead of Amber" (what the board saw before: the earlier validated RAG, else the proposed
 * one), "RAG validated as Amber, as proposed,", "The validated RAG was cleared".
 */
function validationHeadline(after: unknown, before: unknown, proposed: unknown, periodName: string | null): string {
  const where = periodName ? ` for ${periodName}` : '';
  if (!isRag(after)) return `The validated RAG${where} was cleared (the proposed RAG stands)`;
  return `RAG${where} ${validatedAs(after, before, proposed)}`;
}

function validatedAs(after: Rag, before: unknown, proposed: unknown): string {
  const shown = isRag(before) ? before : isRag(proposed) ? proposed : null;
  if (shown && shown !== after) return `validated as ${RAG_LABEL[after]} instead of ${RAG_LABEL[shown]}`;
  return after === proposed ? `validated as ${RAG_LABEL[after]}, as proposed,` : `validated as ${RAG_LABEL[after]}`;
}

/** One line per changed field a reader cares about ("Title changed from “A” to “B”"), for any audited record. */
export function describeChanges(changes: FieldChanges, names: HistoryNames = {}): string[] {
  return changeLines(changes, {}, names);
}

/** One line per changed field a reader cares about. */
function changeLines(changes: FieldChanges, state: Record<string, unknown>, names: HistoryNames): string[] {
  const lines: string[] = [];
  for (const [field, change] of Object.entries(changes)) {
    if (UNSPOKEN.has(field)) continue;
    if (field === 'narrative') {
      lines.push(change.before === null || change.before === undefined ? 'Narrative written' : 'Narrative rewritten');
    } else if (field === 'validatedRag') {
      const proposed = changes['proposedRag'] ? changes['proposedRag'].before : state['proposedRag'];
      lines.push(
        isRag(change.after)
          ? `RAG ${validatedAs(change.after, change.before, proposed)}`.replace(/,$/, '')
          : 'Validated RAG cleared',
      );
    } else if (field === 'currentDueOn' && change.before && change.after) {
      lines.push(`Due date moved from ${spoken(change.before, names)} to ${spoken(change.after, names)}`);
    } else if (
      change.before === null ||
      change.before === undefined ||
      (Array.isArray(change.before) && change.before.length === 0)
    ) {
      lines.push(`${label(field)} set to ${spoken(change.after, names)}`);
    } else if (
      change.after === null ||
      change.after === undefined ||
      (Array.isArray(change.after) && change.after.length === 0)
    ) {
      lines.push(`${label(field)} removed (was ${spoken(change.before, names)})`);
    } else {
      lines.push(`${label(field)} changed from ${spoken(change.before, names)} to ${spoken(change.after, names)}`);
    }
  }
  return lines;
}

/** What a proposed correction would change: "RAG: Red", "Narrative rewritten". */
function proposalLines(changes: FieldChanges): string[] {
  const lines: string[] = [];
  const value = (field: string) => changes[field]?.after;
  if (typeof value('narrative') === 'string') lines.push('Narrative rewritten');
  if (isRag(value('proposedRag'))) lines.push(`RAG proposed as ${RAG_LABEL[value('proposedRag') as Rag]}`);
  if (typeof value('percentComplete') === 'number')
    lines.push(`Percent complete set to ${String(value('percentComplete'))}%`);
  if (isLifecycle(value('lifecycleStatus')))
    lines.push(`Status set to ${LIFECYCLE_LABEL[value('lifecycleStatus') as LifecycleStatus]}`);
  return lines;
}

const PAST: Record<string, string> = {
  create: 'added',
  update: 'changed',
  archive: 'archived',
  restore: 'restored',
  reorder: 'reordered',
  delete: 'deleted',
  sign_off: 'signed off',
  reopen: 'reopened',
};

function pastTense(operation: string): string {
  return PAST[operation] ?? words(operation);
}
