/** The add/edit action form: its values, browser-side checks, the GraphQL input, and API field → form field. */
export interface ActionFormValues {
  readonly themeId: string;
  readonly objectiveId: string;
  readonly title: string;
  readonly description: string;
  readonly ref: string;
  readonly leadOrganisationId: string;
  readonly leadPersonId: string;
  readonly deliveryGroupId: string;
  readonly startsOn: string;
  readonly currentDueOn: string;
  readonly lifecycleStatus: string;
}

export const EMPTY_ACTION: ActionFormValues = {
  themeId: '',
  objectiveId: '',
  title: '',
  description: '',
  ref: '',
  leadOrganisationId: '',
  leadPersonId: '',
  deliveryGroupId: '',
  startsOn: '',
  currentDueOn: '',
  lifecycleStatus: 'NotStarted',
};

export type ActionField = keyof ActionFormValues;

export interface FormError {
  readonly field: ActionField | null;
  readonly message: string;
}

/** Element id of each field, for the error summary links. */
export function fieldId(field: ActionField): string {
  return `action-${field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** GOV.UK-style messages: say what to do. The API checks again; its messages are shown the same way. */
export function validateAction(v: ActionFormValues): FormError[] {
  const errors: FormError[] = [];
  if (!v.themeId) errors.push({ field: 'themeId', message: 'Select a theme' });
  const title = v.title.trim();
  if (!title) errors.push({ field: 'title', message: 'Enter the action title' });
  else if (title.length > 2000)
    errors.push({ field: 'title', message: 'Action title must be 2,000 characters or fewer' });
  if (v.startsOn && !validDate(v.startsOn))
    errors.push({ field: 'startsOn', message: 'Start date must be a real date' });
  if (v.currentDueOn && !validDate(v.currentDueOn))
    errors.push({ field: 'currentDueOn', message: 'Due date must be a real date' });
  if (
    v.startsOn &&
    v.currentDueOn &&
    validDate(v.startsOn) &&
    validDate(v.currentDueOn) &&
    v.currentDueOn < v.startsOn
  ) {
    errors.push({ field: 'currentDueOn', message: 'Due date must be the same as or after the start date' });
  }
  return errors;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function toCreateInput(v: ActionFormValues) {
  return {
    themeId: v.themeId,
    objectiveId: orNull(v.objectiveId),
    title: v.title.trim(),
    description: orNull(v.description),
    ref: orNull(v.ref),
    leadOrganisationId: orNull(v.leadOrganisationId),
    leadPersonId: orNull(v.leadPersonId),
    deliveryGroupId: orNull(v.deliveryGroupId),
    startsOn: orNull(v.startsOn),
    currentDueOn: orNull(v.currentDueOn),
    lifecycleStatus: v.lifecycleStatus as 'NotStarted',
  };
}

export function toUpdateInput(id: string, version: number, v: ActionFormValues) {
  return { id, version, ...toCreateInput(v) };
}

const FIELDS = new Set<string>(Object.keys(EMPTY_ACTION));

/** `input.title` → `title`; `input.supportingOrganisationIds[0]` or unknown fields → null (shown without a link). */
export function formField(apiField: string): ActionField | null {
  const name = apiField.replace(/^input\./, '').split(/[.[]/)[0];
  return FIELDS.has(name) ? (name as ActionField) : null;
}

/** API messages sometimes start lower-case ("must be …"): prefix the field's label so they read on their own. */
export function apiMessage(field: ActionField | null, message: string, labels: Record<ActionField, string>): string {
  if (!field || /^[A-Z]/.test(message)) return message;
  return `${labels[field]} ${message}`;
}
