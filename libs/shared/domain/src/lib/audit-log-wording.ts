import { RAG_LABEL } from './labels';
import { Rag } from './enums';
import { fieldChangeWords, type HistoryNames, spokenFields } from './history-values';
import { describeChanges, type HistoryWording } from './history-wording';

/** Record types of the partnership audit log, in the words the filter offers them. */
export const AUDIT_RECORD_TYPE_LABEL: Readonly<Record<string, string>> = {
  action: 'Action',
  progress_update: 'Progress update',
  correction_proposal: 'Proposed correction',
  strategy: 'Strategy',
  theme: 'Theme',
  objective: 'Objective',
  indicator: 'Indicator',
  indicator_value: 'Indicator value',
  reporting_period: 'Reporting period',
  theme_commentary: 'Theme commentary',
  board_report_setting: 'Board report settings',
  organisation: 'Organisation',
  partnership_group: 'Group',
  person: 'Person',
  partnership: 'Partnership settings',
  partnership_sso: 'Single sign-on settings',
  reminder_settings: 'Reminder settings',
  notification_settings: 'Notification settings',
};

/** "Progress update" for a known type; "Reminder delivery" for any other table name. */
export function auditRecordTypeLabel(entityType: string): string {
  const known = AUDIT_RECORD_TYPE_LABEL[entityType];
  if (known) return known;
  const words = entityType.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One audit row as the partnership log shows it; `record` names the record in a sentence ("action 2.1 ii)"). */
export interface AuditLogFacts {
  readonly entityType: string;
  readonly operation: string;
  readonly record: string;
  readonly changes: Readonly<Record<string, { readonly before: unknown; readonly after: unknown }>>;
}

const VERB: Readonly<Record<string, string>> = {
  create: 'Added',
  update: 'Changed',
  archive: 'Archived',
  restore: 'Restored',
  reorder: 'Moved',
  reorder_indicators: 'Reordered the indicators of',
  delete: 'Deleted',
  submit: 'Submitted',
  withdraw: 'Withdrew',
  accept: 'Accepted',
  return: 'Returned',
  decline: 'Declined',
  correct: 'Corrected',
  sign_off: 'Signed off',
  reopen: 'Reopened',
};

/**
 * An audit row in plain English for the partnership log: one sentence ("Changed the RAG of action 2.1 ii) from
 * Amber to Red") and the changed fields, one line each. Never ids, field names or raw JSON.
 */
export function describeAuditEntry(entry: AuditLogFacts, names: HistoryNames = {}): HistoryWording {
  const details = describeChanges(entry.changes, names);
  const fields = spokenFields(entry.changes);
  if (entry.operation === 'validate_rag') {
    const after = entry.changes['validatedRag']?.after;
    return {
      summary: isRag(after)
        ? `Validated the RAG of ${entry.record} as ${RAG_LABEL[after]}`
        : `Cleared the validated RAG of ${entry.record}`,
      details: [],
    };
  }
  if (entry.operation === 'update' && fields.length === 1) {
    const field = fields[0];
    const change = entry.changes[field];
    const words = fieldChangeWords(field, change, names);
    const what = lowerFirst(words.label);
    if (field === 'narrative') return { summary: `Rewrote the narrative of ${entry.record}`, details: [] };
    if (change.before === null || change.before === undefined || change.before === '')
      return { summary: `Set the ${what} of ${entry.record} to ${words.after}`, details: [] };
    if (change.after === null || change.after === undefined || change.after === '')
      return { summary: `Removed the ${what} of ${entry.record} (was ${words.before})`, details: [] };
    return { summary: `Changed the ${what} of ${entry.record} from ${words.before} to ${words.after}`, details: [] };
  }
  const verb = VERB[entry.operation];
  if (verb)
    return {
      summary: `${verb} ${entry.record}`,
      details:
        entry.operation === 'create' || entry.operation === 'update' || entry.operation === 'correct' ? details : [],
    };
  const words = entry.operation.replace(/_/g, ' ');
  return { summary: `${words.charAt(0).toUpperCase()}${words.slice(1)}: ${entry.record}`, details };
}

/** "Proposed RAG" → "proposed RAG"; "RAG" stays "RAG". */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function isRag(value: unknown): value is Rag {
  return (Object.values(Rag) as unknown[]).includes(value);
}
