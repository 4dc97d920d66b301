import type { FieldProblem, NoticeSettingsFieldsFragment } from '@waymark/web/shared/data-access';
import type { ErrorSummaryItem } from '@waymark/web/shared/ui';

export type NoticeField =
  | 'organisationName'
  | 'contactEmail'
  | 'contactPhone'
  | 'dataController'
  | 'dataProtectionOfficer'
  | 'lawfulBasis'
  | 'retention'
  | 'processors';
export type NoticeForm = Record<NoticeField, string>;

export interface NoticeFieldSpec {
  readonly field: NoticeField;
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly multiline: boolean;
  readonly max: number;
  readonly autocomplete?: string;
  readonly type?: 'email' | 'tel';
}

/** The form's fields, in the order of the two pages they complete. */
export const NOTICE_FIELDS: readonly NoticeFieldSpec[] = [
  {
    field: 'organisationName',
    id: 'notice-organisation',
    label: 'Organisation that runs this service',
    hint: 'Named in the accessibility statement, for example “City of York Council on behalf of Safer York Partnership”.',
    multiline: false,
    max: 200,
    autocomplete: 'organization',
  },
  {
    field: 'contactEmail',
    id: 'notice-email',
    label: 'Email address for accessibility requests',
    hint: 'For problems with the service and requests for information in another format.',
    multiline: false,
    max: 200,
    autocomplete: 'email',
    type: 'email',
  },
  {
    field: 'contactPhone',
    id: 'notice-phone',
    label: 'Telephone number for accessibility requests',
    hint: 'For example, 01632 960 001.',
    multiline: false,
    max: 40,
    autocomplete: 'tel',
    type: 'tel',
  },
  {
    field: 'dataController',
    id: 'notice-controller',
    label: 'Data controller',
    hint: 'The organisation responsible for the personal data, with its postal address.',
    multiline: true,
    max: 2000,
  },
  {
    field: 'dataProtectionOfficer',
    id: 'notice-dpo',
    label: 'Data protection officer',
    hint: 'How to contact the data protection officer: name or team, email and postal address.',
    multiline: true,
    max: 2000,
  },
  {
    field: 'lawfulBasis',
    id: 'notice-lawful-basis',
    label: 'Lawful basis',
    hint: 'For example, “Public task: the partnership’s duty under the Crime and Disorder Act 1998 to reduce crime and disorder”.',
    multiline: true,
    max: 2000,
  },
  {
    field: 'retention',
    id: 'notice-retention',
    label: 'How long personal data is kept',
    hint: 'For example, “Six years after the strategy ends, then deleted”.',
    multiline: true,
    max: 2000,
  },
  {
    field: 'processors',
    id: 'notice-processors',
    label: 'Who hosts Waymark and who else processes the data',
    hint: 'For example, the council’s IT service or its hosting supplier.',
    multiline: true,
    max: 2000,
  },
];

export function toNoticeForm(s: NoticeSettingsFieldsFragment): NoticeForm {
  return Object.fromEntries(NOTICE_FIELDS.map(({ field }) => [field, s[field] ?? ''])) as NoticeForm;
}

/** The same checks as the API, so most mistakes are shown without a round trip. */
export function validateNoticeForm(form: NoticeForm): ErrorSummaryItem[] {
  const problems: ErrorSummaryItem[] = [];
  for (const spec of NOTICE_FIELDS) {
    if (form[spec.field].trim().length > spec.max)
      problems.push({
        fieldId: spec.id,
        message: `${spec.label} must be ${spec.max.toLocaleString('en-GB')} characters or fewer`,
      });
  }
  const email = form.contactEmail.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems.push({
      fieldId: 'notice-email',
      message: 'Enter an email address in the correct format, like accessibility@example.gov.uk',
    });
  return problems;
}

/** The API's field problems (`input.contactEmail`) as error summary items linked to their fields. */
export function mapNoticeProblems(fields: readonly FieldProblem[]): ErrorSummaryItem[] {
  return fields.map((f) => {
    const spec = NOTICE_FIELDS.find((s) => `input.${s.field}` === f.field);
    return spec
      ? { fieldId: spec.id, message: f.message.startsWith('must') ? `${spec.label} ${f.message}` : f.message }
      : { message: f.message };
  });
}
