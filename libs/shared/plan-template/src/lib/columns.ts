/** The plan template: one row per action, or one row per action per reporting period. */
export type PlanField =
  | 'themeNo'
  | 'theme'
  | 'objective'
  | 'actionRef'
  | 'action'
  | 'leadOrganisation'
  | 'leadOfficer'
  | 'deliveryGroup'
  | 'supportingOrganisations'
  | 'startDate'
  | 'dueDate'
  | 'status'
  | 'rag'
  | 'period'
  | 'progress'
  | 'reviewState';

export interface PlanColumn {
  readonly field: PlanField;
  /** Header written in the template and export. */
  readonly header: string;
  /** Other headers accepted on import (compared after normalisation). */
  readonly aliases: readonly string[];
  readonly required: boolean;
  readonly help: string;
  readonly example: string;
}

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  {
    field: 'themeNo',
    header: 'Theme no',
    aliases: ['theme number', 'theme #', 'aim no', 'priority no'],
    required: false,
    help: 'Number of the theme (orders the themes). Optional.',
    example: '1',
  },
  {
    field: 'theme',
    header: 'Theme',
    aliases: ['strategic aim', 'priority', 'key objective', 'theme title'],
    required: true,
    help: 'Theme title. Leave blank to repeat the theme of the row above.',
    example: 'Raise awareness of hate crime',
  },
  {
    field: 'objective',
    header: 'Objective',
    aliases: ['objective title'],
    required: false,
    help: 'Objective under the theme. Leave blank to repeat the objective above (same theme); omit the column when the strategy has no objective level.',
    example: 'Increase reporting of hate crime',
  },
  {
    field: 'actionRef',
    header: 'Action ref',
    aliases: ['ref', 'action reference', 'reference', 'action id'],
    required: false,
    help: 'Stable reference; re-importing updates the action with this reference.',
    example: 'HC-1.1',
  },
  {
    field: 'action',
    header: 'Action',
    aliases: ['action title', 'we will', 'action text'],
    required: true,
    help: 'What will be done.',
    example: 'Run a hate crime awareness week with schools',
  },
  {
    field: 'leadOrganisation',
    header: 'Lead organisation',
    aliases: ['lead org', 'lead organization', 'lead partner', 'lead agency'],
    required: false,
    help: 'Partner organisation leading the action; created if new.',
    example: 'City Council',
  },
  {
    field: 'leadOfficer',
    header: 'Lead officer',
    aliases: ['lead', 'lead person', 'owner', 'lead officer email'],
    required: false,
    help: 'Name or email of a person, or "Name <email>" to add someone new.',
    example: 'Jo Smith <jo.smith@example.org>',
  },
  {
    field: 'deliveryGroup',
    header: 'Delivery group',
    aliases: ['group', 'owning group', 'delivery group name'],
    required: false,
    help: 'Group delivering the action; created if new.',
    example: 'Hate Crime Delivery Group',
  },
  {
    field: 'supportingOrganisations',
    header: 'Supporting organisations',
    aliases: ['supporting partners', 'supporting organizations', 'partners', 'supporting orgs'],
    required: false,
    help: 'Other partners, separated by ";".',
    example: 'Police; NHS Trust',
  },
  {
    field: 'startDate',
    header: 'Start date',
    aliases: ['start', 'starts on', 'start on'],
    required: false,
    help: 'ISO 2018-03-31 or UK 31/03/2018.',
    example: '2018-04-01',
  },
  {
    field: 'dueDate',
    header: 'Due date',
    aliases: ['due', 'due on', 'deadline', 'target date', 'end date'],
    required: false,
    help: 'ISO 2018-03-31 or UK 31/03/2018; not before the start date.',
    example: '31/03/2019',
  },
  {
    field: 'status',
    header: 'Status',
    aliases: ['lifecycle', 'lifecycle status', 'action status'],
    required: false,
    help: 'Not started, In progress, Ongoing, Complete, Deferred or Cancelled.',
    example: 'In progress',
  },
  {
    field: 'rag',
    header: 'RAG',
    aliases: ['rag status', 'rag rating', 'r/a/g'],
    required: false,
    help: 'Red, Amber or Green (or R, A, G); needs a Period.',
    example: 'Green',
  },
  {
    field: 'period',
    header: 'Period',
    aliases: ['reporting period', 'quarter'],
    required: false,
    help: 'A reporting period name, or "2018/19 Q2" (UK financial-year quarter, created if new).',
    example: '2018/19 Q1',
  },
  {
    field: 'progress',
    header: 'Progress',
    aliases: ['progress update', 'update', 'narrative', 'commentary'],
    required: false,
    help: 'Progress narrative for the period; needs a Period.',
    example: 'Awareness week held in 12 schools; 40 staff trained.',
  },
  {
    field: 'reviewState',
    header: 'Review state',
    aliases: ['review', 'review status'],
    required: false,
    help: 'Draft, Submitted, Accepted or Returned; blank means Accepted (history already reported to the board).',
    example: 'Accepted',
  },
];

/** Lower case, no spaces, underscores, dots or hyphens: "Lead  Officer", "lead_officer" and "LEAD-OFFICER" match. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_.\-:]+/g, '');
}

const HEADER_LOOKUP: ReadonlyMap<string, PlanField> = new Map(
  PLAN_COLUMNS.flatMap((column) =>
    [column.header, ...column.aliases].map((name) => [normaliseHeader(name), column.field] as const),
  ),
);

export const COLUMN_BY_FIELD: Readonly<Record<PlanField, PlanColumn>> = Object.fromEntries(
  PLAN_COLUMNS.map((column) => [column.field, column]),
) as Record<PlanField, PlanColumn>;

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export interface MatchedColumn {
  readonly field: PlanField;
  readonly index: number;
  readonly letter: string;
  readonly header: string;
}

export interface IgnoredColumn {
  readonly index: number;
  readonly letter: string;
  readonly header: string;
  readonly reason: string;
}

export interface HeaderMatch {
  readonly columns: readonly MatchedColumn[];
  readonly byField: Partial<Record<PlanField, MatchedColumn>>;
  readonly ignored: readonly IgnoredColumn[];
  readonly missingRequired: readonly PlanField[];
}

/** Matches a header row to the template columns by name (case and spacing insensitive, any order). */
export function matchHeaders(headerRow: readonly string[]): HeaderMatch {
  const columns: MatchedColumn[] = [];
  const ignored: IgnoredColumn[] = [];
  const byField: Partial<Record<PlanField, MatchedColumn>> = {};
  headerRow.forEach((raw, index) => {
    const header = (raw ?? '').replace(/^\uFEFF/, '').trim();
    const letter = columnLetter(index);
    if (header === '') return;
    const field = HEADER_LOOKUP.get(normaliseHeader(header));
    if (!field) {
      ignored.push({ index, letter, header, reason: 'not a template column' });
      return;
    }
    if (byField[field]) {
      ignored.push({
        index,
        letter,
        header,
        reason: `repeats the "${COLUMN_BY_FIELD[field].header}" column (${byField[field]?.letter})`,
      });
      return;
    }
    const matched = { field, index, letter, header };
    byField[field] = matched;
    columns.push(matched);
  });
  const missingRequired = PLAN_COLUMNS.filter((c) => c.required && !byField[c.field]).map((c) => c.field);
  return { columns, byField, ignored, missingRequired };
}
