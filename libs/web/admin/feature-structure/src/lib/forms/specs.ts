import { type EditFormSpec, type FormError, isRealDate } from './edit-form';

/** Every form's values, browser checks (the API checks again) and the GraphQL input it sends. */

const orNull = (s: string) => (s.trim() ? s.trim() : null);
/** A server value as form text: strings, numbers and booleans as written, anything else (null, objects) empty. */
const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
/** Database enum values (`half_yearly`) as the GraphQL enum (`HalfYearly`). */
export const pascal = (value: unknown) =>
  text(value).replace(/(^|_)([a-z])/g, (_, __: string, c: string) => c.toUpperCase());

function required<F extends string>(errors: FormError<F>[], field: F, value: string, message: string): void {
  if (!value.trim()) errors.push({ field, message });
}

function maxLength<F extends string>(
  errors: FormError<F>[],
  field: F,
  value: string,
  max: number,
  label: string,
): void {
  if (value.trim().length > max)
    errors.push({ field, message: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer` });
}

// ---- Strategy ----------------------------------------------------------------------------------

export interface StrategyValues extends Record<string, string | boolean> {
  title: string;
  shortTitle: string;
  startsOn: string;
  endsOn: string;
  description: string;
  themeLabel: string;
  objectiveLabel: string;
  actionLabel: string;
  hasObjectiveLevel: boolean;
  reportingCadence: string;
  accountableGroupId: string;
  parentStrategyId: string;
  ragRed: string;
  ragAmber: string;
  ragGreen: string;
}

export const EMPTY_STRATEGY: StrategyValues = {
  title: '',
  shortTitle: '',
  startsOn: '',
  endsOn: '',
  description: '',
  themeLabel: 'Theme',
  objectiveLabel: 'Objective',
  actionLabel: 'Action',
  hasObjectiveLevel: true,
  reportingCadence: 'Quarterly',
  accountableGroupId: '',
  parentStrategyId: '',
  ragRed: '',
  ragAmber: '',
  ragGreen: '',
};

export const strategySpec: EditFormSpec<StrategyValues> = {
  prefix: 'strategy',
  entity: 'strategy',
  labels: {
    title: 'Title',
    shortTitle: 'Short title',
    startsOn: 'Start date',
    endsOn: 'End date',
    description: 'Description',
    themeLabel: 'Theme level label',
    objectiveLabel: 'Objective level label',
    actionLabel: 'Action level label',
    hasObjectiveLevel: 'Has an objective level',
    reportingCadence: 'Reporting cadence',
    accountableGroupId: 'Accountable group',
    parentStrategyId: 'Parent strategy',
    ragRed: 'Red means',
    ragAmber: 'Amber means',
    ragGreen: 'Green means',
  },
  apiFields: { 'ragDefinitions.red': 'ragRed', 'ragDefinitions.amber': 'ragAmber', 'ragDefinitions.green': 'ragGreen' },
  validate: (v) => {
    const errors: FormError<keyof StrategyValues & string>[] = [];
    required(errors, 'title', v.title, 'Enter the strategy title');
    maxLength(errors, 'title', v.title, 300, 'Title');
    maxLength(errors, 'shortTitle', v.shortTitle, 60, 'Short title');
    if (!v.startsOn) errors.push({ field: 'startsOn', message: 'Enter the start date' });
    else if (!isRealDate(v.startsOn)) errors.push({ field: 'startsOn', message: 'Start date must be a real date' });
    if (!v.endsOn) errors.push({ field: 'endsOn', message: 'Enter the end date' });
    else if (!isRealDate(v.endsOn)) errors.push({ field: 'endsOn', message: 'End date must be a real date' });
    else if (isRealDate(v.startsOn) && v.endsOn < v.startsOn)
      errors.push({ field: 'endsOn', message: 'End date must be the same as or after the start date' });
    for (const [field, level] of [
      ['themeLabel', 'theme'],
      ['objectiveLabel', 'objective'],
      ['actionLabel', 'action'],
    ] as const) {
      required(errors, field, v[field], `Enter the label of the ${level} level`);
      maxLength(errors, field, v[field], 60, `The ${level} level label`);
    }
    for (const [field, word] of [
      ['ragRed', 'Red'],
      ['ragAmber', 'Amber'],
      ['ragGreen', 'Green'],
    ] as const) {
      maxLength(errors, field, v[field], 500, `What ${word} means`);
    }
    return errors;
  },
  fromServer: (row) => {
    const rag = (row['ragDefinitions'] ?? {}) as Record<string, unknown>;
    return {
      title: text(row['title']),
      shortTitle: text(row['shortTitle']),
      startsOn: text(row['startsOn']),
      endsOn: text(row['endsOn']),
      description: text(row['description']),
      themeLabel: text(row['themeLabel']),
      objectiveLabel: text(row['objectiveLabel']),
      actionLabel: text(row['actionLabel']),
      hasObjectiveLevel: row['hasObjectiveLevel'] === true,
      reportingCadence: pascal(row['reportingCadence']),
      accountableGroupId: text(row['accountableGroupId']),
      parentStrategyId: text(row['parentStrategyId']),
      ragRed: text(rag['red']),
      ragAmber: text(rag['amber']),
      ragGreen: text(rag['green']),
    };
  },
};

export function strategyInput(v: StrategyValues) {
  return {
    title: v.title.trim(),
    shortTitle: orNull(v.shortTitle),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    description: orNull(v.description),
    themeLabel: v.themeLabel.trim(),
    objectiveLabel: v.objectiveLabel.trim(),
    actionLabel: v.actionLabel.trim(),
    hasObjectiveLevel: v.hasObjectiveLevel,
    reportingCadence: v.reportingCadence as 'Quarterly',
    accountableGroupId: orNull(v.accountableGroupId),
    parentStrategyId: orNull(v.parentStrategyId),
    ragDefinitions: { red: orNull(v.ragRed), amber: orNull(v.ragAmber), green: orNull(v.ragGreen) },
  };
}

// ---- Theme and objective -----------------------------------------------------------------------

export interface ThemeValues extends Record<string, string> {
  title: string;
  description: string;
}

export const themeSpec: EditFormSpec<ThemeValues> = {
  prefix: 'theme',
  entity: 'theme',
  labels: { title: 'Title', description: 'Description' },
  validate: (v) => {
    const errors: FormError<'title' | 'description'>[] = [];
    required(errors, 'title', v.title, 'Enter the theme title');
    maxLength(errors, 'title', v.title, 500, 'Title');
    maxLength(errors, 'description', v.description, 10000, 'Description');
    return errors;
  },
};

/** Objectives have a title only; they share the theme form's values (description unused). */
export const objectiveSpec: EditFormSpec<ThemeValues> = {
  prefix: 'objective',
  entity: 'objective',
  labels: { title: 'Title', description: 'Description' },
  validate: (v) => {
    const errors: FormError<'title' | 'description'>[] = [];
    required(errors, 'title', v.title, 'Enter the objective title');
    maxLength(errors, 'title', v.title, 1000, 'Title');
    return errors;
  },
};

// ---- Organisation, group, person ---------------------------------------------------------------

export interface OrganisationValues extends Record<string, string> {
  name: string;
  shortName: string;
}

export const organisationSpec: EditFormSpec<OrganisationValues> = {
  prefix: 'organisation',
  entity: 'organisation',
  labels: { name: 'Name', shortName: 'Short name' },
  validate: (v) => {
    const errors: FormError<'name' | 'shortName'>[] = [];
    required(errors, 'name', v.name, 'Enter the organisation name');
    maxLength(errors, 'name', v.name, 200, 'Name');
    maxLength(errors, 'shortName', v.shortName, 40, 'Short name');
    return errors;
  },
};

export const organisationInput = (v: OrganisationValues) => ({ name: v.name.trim(), shortName: orNull(v.shortName) });

export interface GroupValues extends Record<string, string> {
  name: string;
  kind: string;
  description: string;
}

export const GROUP_KIND_WORD: Record<string, string> = {
  Board: 'Board',
  SeniorOfficerGroup: 'Senior officer group',
  DeliveryGroup: 'Delivery group',
  TaskAndFinishGroup: 'Task and finish group',
  Other: 'Other',
};

export const groupSpec: EditFormSpec<GroupValues> = {
  prefix: 'group',
  entity: 'group',
  labels: { name: 'Name', kind: 'Kind of group', description: 'Description' },
  validate: (v) => {
    const errors: FormError<'name' | 'kind' | 'description'>[] = [];
    required(errors, 'name', v.name, 'Enter the group name');
    maxLength(errors, 'name', v.name, 200, 'Name');
    if (!(v.kind in GROUP_KIND_WORD)) errors.push({ field: 'kind', message: 'Select the kind of group' });
    maxLength(errors, 'description', v.description, 2000, 'Description');
    return errors;
  },
  fromServer: (row) => ({
    name: text(row['name']),
    kind: pascal(row['kind']),
    description: text(row['description']),
  }),
};

export const groupInput = (v: GroupValues) => ({
  name: v.name.trim(),
  kind: v.kind as 'Board',
  description: orNull(v.description),
});

export interface PersonValues extends Record<string, string | boolean> {
  fullName: string;
  email: string;
  jobTitle: string;
  organisationId: string;
  isAdministrator: boolean;
}

/** Deliberately loose (one @, something either side, a dot after it): the API has the final say. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const personSpec: EditFormSpec<PersonValues> = {
  prefix: 'person',
  entity: 'person',
  labels: {
    fullName: 'Full name',
    email: 'Email address',
    jobTitle: 'Job title',
    organisationId: 'Organisation',
    isAdministrator: 'Administrator',
  },
  validate: (v) => {
    const errors: FormError<keyof PersonValues & string>[] = [];
    required(errors, 'fullName', v.fullName, 'Enter the full name');
    maxLength(errors, 'fullName', v.fullName, 200, 'Full name');
    if (!v.email.trim()) errors.push({ field: 'email', message: 'Enter an email address' });
    else if (!EMAIL.test(v.email.trim()))
      errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.org' });
    maxLength(errors, 'jobTitle', v.jobTitle, 200, 'Job title');
    return errors;
  },
};

export const personInput = (v: PersonValues) => ({
  fullName: v.fullName.trim(),
  email: v.email.trim(),
  jobTitle: orNull(v.jobTitle),
  organisationId: orNull(v.organisationId),
  isAdministrator: v.isAdministrator,
});
