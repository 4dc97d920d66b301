import type { FieldProblem, PartnershipSettingsFieldsFragment } from '@waymark/web/shared/data-access';
import type { ErrorSummaryItem, RagValue } from '@waymark/web/shared/ui';

export const NAME_MAX = 200;
export const SHORT_NAME_MAX = 40;
export const DEFINITION_MAX = 500;

export interface SettingsForm {
  readonly name: string;
  readonly shortName: string;
  readonly timeZone: string;
  readonly red: string;
  readonly amber: string;
  readonly green: string;
}

/** Element id of each field, so the error summary links to it. */
export const FIELD_ID: Record<keyof SettingsForm, string> = {
  name: 'name',
  shortName: 'short-name',
  timeZone: 'time-zone',
  red: 'rag-red',
  amber: 'rag-amber',
  green: 'rag-green',
};

const LABEL: Record<keyof SettingsForm, string> = {
  name: 'Partnership name',
  shortName: 'Short name',
  timeZone: 'Time zone',
  red: 'Red definition',
  amber: 'Amber definition',
  green: 'Green definition',
};

export const RAG_FIELDS: readonly { field: 'red' | 'amber' | 'green'; rag: RagValue }[] = [
  { field: 'red', rag: 'Red' },
  { field: 'amber', rag: 'Amber' },
  { field: 'green', rag: 'Green' },
];

export function toForm(p: PartnershipSettingsFieldsFragment): SettingsForm {
  return {
    name: p.name,
    shortName: p.shortName ?? '',
    timeZone: p.timeZone,
    red: p.ragDefinitions.red,
    amber: p.ragDefinitions.amber,
    green: p.ragDefinitions.green,
  };
}

export const DEFAULT_TIME_ZONE = 'Europe/London';

/**
 * The choices of the time zone select: the UK default first, then every zone the browser knows (IANA names, A–Z),
 * and the saved zone if the browser does not list it (an alias such as "UTC" or "GB"), so saving never changes it.
 */
export function timeZoneChoices(
  current: string,
  known: readonly string[] = Intl.supportedValuesOf('timeZone'),
): string[] {
  const rest = [...new Set([...known, current])].filter((zone) => zone && zone !== DEFAULT_TIME_ZONE).sort();
  return [DEFAULT_TIME_ZONE, ...rest];
}

/** Browser-side checks, with the API's limits. */
export function validateSettings(form: SettingsForm): ErrorSummaryItem[] {
  const problems: ErrorSummaryItem[] = [];
  if (!form.name.trim()) problems.push({ fieldId: FIELD_ID.name, message: 'Enter the partnership name' });
  else if (form.name.length > NAME_MAX)
    problems.push({ fieldId: FIELD_ID.name, message: `Partnership name must be ${NAME_MAX} characters or fewer` });
  if (form.shortName.length > SHORT_NAME_MAX)
    problems.push({ fieldId: FIELD_ID.shortName, message: `Short name must be ${SHORT_NAME_MAX} characters or fewer` });
  for (const { field, rag } of RAG_FIELDS) {
    if (form[field].length > DEFINITION_MAX)
      problems.push({
        fieldId: FIELD_ID[field],
        message: `${rag} definition must be ${DEFINITION_MAX} characters or fewer`,
      });
  }
  return problems;
}

/** The mutation input: only what changed; a blank definition reverts that colour to the default text. */
export function settingsInput(before: PartnershipSettingsFieldsFragment, form: SettingsForm) {
  const changed = (a: string, b: string) => a.trim() !== b.trim();
  const rag: { red?: string | null; amber?: string | null; green?: string | null } = {};
  for (const { field } of RAG_FIELDS) {
    if (changed(form[field], before.ragDefinitions[field])) rag[field] = form[field].trim() || null;
  }
  return {
    version: before.version,
    ...(changed(form.name, before.name) ? { name: form.name.trim() } : {}),
    ...(changed(form.shortName, before.shortName ?? '') ? { shortName: form.shortName.trim() || null } : {}),
    ...(changed(form.timeZone, before.timeZone) ? { timeZone: form.timeZone.trim() } : {}),
    ...(Object.keys(rag).length > 0 ? { ragDefinitions: rag } : {}),
  };
}

/** `input.ragDefinitions.red` → the Red text area; `input.name` → the name field. */
export function mapFieldProblems(fields: readonly FieldProblem[]): ErrorSummaryItem[] {
  return fields.map((f) => {
    const key = f.field.replace(/^input\./, '').replace(/^ragDefinitions\./, '') as keyof SettingsForm;
    const label = LABEL[key];
    // Full sentences ("Enter the partnership name") stand alone; fragments ("must be…") get the field's label.
    const message = /^[a-z]/.test(f.message) ? `${label ?? key} ${f.message}` : f.message;
    return { fieldId: FIELD_ID[key], message };
  });
}

/** After a CONFLICT: the fields this person changed (from what they loaded) keep their text; the rest take the saved values. */
export function mergeAfterConflict(loaded: SettingsForm, mine: SettingsForm, theirs: SettingsForm): SettingsForm {
  const pick = (key: keyof SettingsForm) => (mine[key].trim() !== loaded[key].trim() ? mine[key] : theirs[key]);
  return {
    name: pick('name'),
    shortName: pick('shortName'),
    timeZone: pick('timeZone'),
    red: pick('red'),
    amber: pick('amber'),
    green: pick('green'),
  };
}
