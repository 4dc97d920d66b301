import { LifecycleStatus, Rag, ReviewState } from '@waymark/shared/domain';
import { PlanProblem } from '@waymark/shared/plan-template';

export interface NewStrategySpec {
  readonly title: string;
  /** First financial year, e.g. 2017 for a 2017–2020 strategy (starts 1 April 2017). */
  readonly startYear: number;
  /** Last year, e.g. 2020 (ends 31 March 2020). */
  readonly endYear: number;
  /** The group the strategy answers to; absent: the partnership's first senior officer group (see accountable-group.ts). */
  readonly accountableGroupId?: string | null;
  /** Create a reporting period for every quarter of the strategy's years, not only the periods the file names. */
  readonly everyQuarter?: boolean | null;
}

export interface ImportRequest {
  readonly fileName: string;
  readonly content: Buffer;
  readonly partnershipId: string;
  readonly strategyId?: string | null;
  readonly newStrategy?: NewStrategySpec | null;
  /** Person doing the import (null from the command line). */
  readonly actorId: string | null;
}

/** An import request as planning and writing need it: everything but the file's bytes (parsed into the sheet by then). */
export type PlanningRequest = Omit<ImportRequest, 'content'>;

export type ImportEntity = 'theme' | 'objective' | 'action' | 'organisation' | 'group' | 'person' | 'period' | 'update';
export const IMPORT_ENTITIES: readonly ImportEntity[] = [
  'theme',
  'objective',
  'action',
  'organisation',
  'group',
  'person',
  'period',
  'update',
];
export type ImportOperation = 'create' | 'update' | 'unchanged';

export interface ImportChange {
  readonly entity: ImportEntity;
  readonly operation: ImportOperation;
  readonly label: string;
  /** Spreadsheet rows this record comes from (first row first). */
  readonly rows: readonly number[];
  /** Fields that change (updates only). */
  readonly fields: readonly string[];
}

export interface ImportCount {
  readonly entity: ImportEntity;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** One action as the import will store it, for the preview's sample. */
export interface ImportSampleRow {
  readonly row: number;
  readonly operation: ImportOperation;
  readonly ref: string | null;
  readonly theme: string;
  readonly objective: string | null;
  readonly title: string;
  readonly leadOrganisation: string | null;
  readonly leadOfficer: string | null;
  readonly dueDate: string | null;
  readonly updates: readonly { readonly period: string; readonly rag: string | null; readonly progress: string }[];
}

export interface ImportPreview {
  readonly fileName: string;
  /** How a CSV's text was read, e.g. "Windows-1252 (Excel on Windows)"; null for an .xlsx. */
  readonly encoding: string | null;
  readonly headerRowNumber: number;
  /** "Column headings found on row 3; rows 1-2 were skipped (…)", or null when they are on row 1. */
  readonly headerNote: string | null;
  /** A new strategy's accountable group and why it was chosen; null for an existing strategy. */
  readonly accountableGroup: { readonly id: string | null; readonly name: string | null; readonly note: string } | null;
  /** With "every quarter": how many periods that creates, and any quarter left out because another period covers part of it. */
  readonly periodsNote: string | null;
  /** The first actions as they will be stored. */
  readonly sample: readonly ImportSampleRow[];
  readonly strategyId: string | null;
  readonly strategyTitle: string;
  readonly newStrategy: boolean;
  readonly rowsRead: number;
  readonly columns: readonly { letter: string; header: string; field: string }[];
  readonly ignoredColumns: readonly { letter: string; header: string; reason: string }[];
  readonly counts: readonly ImportCount[];
  readonly changes: readonly ImportChange[];
  readonly problems: readonly PlanProblem[];
  readonly canApply: boolean;
  readonly applied: boolean;
}

export type Row = Record<string, unknown>;

export interface ExistingTheme {
  id: string;
  title: string;
  sortOrder: number;
  version: number;
}

export interface ExistingObjective {
  id: string;
  themeId: string;
  title: string;
  sortOrder: number;
}

export interface ExistingAction {
  id: string;
  themeId: string;
  objectiveId: string | null;
  ref: string | null;
  title: string;
  leadOrganisationId: string | null;
  leadPersonId: string | null;
  deliveryGroupId: string | null;
  startsOn: string | null;
  originalDueOn: string | null;
  currentDueOn: string | null;
  rescheduleCount: number;
  lifecycleStatus: LifecycleStatus;
  sortOrder: number;
  version: number;
  archivedAt: Date | null;
}

export interface ExistingUpdate {
  id: string;
  actionId: string;
  periodId: string;
  narrative: string;
  proposedRag: Rag | null;
  validatedRag: Rag | null;
  validationReason: string | null;
  lifecycleStatus: LifecycleStatus | null;
  reviewState: ReviewState;
  version: number;
}

export interface TargetStrategy {
  id: string;
  isNew: boolean;
  /** A new strategy's accountable group (the id may be null: the partnership has no senior officer group yet). */
  accountableGroup: { id: string | null; name: string | null; note: string } | null;
  /** A new strategy gets a period for every quarter of its years. */
  everyQuarter: boolean;
  title: string;
  startsOn: string;
  endsOn: string;
  hasObjectiveLevel: boolean;
}

export interface VersionedUpdate {
  id: string;
  version: number;
  before: Row;
  after: Row;
}

export interface PlannedInserts {
  organisations: { id: string; name: string; sortOrder: number }[];
  groups: { id: string; name: string; sortOrder: number }[];
  people: { id: string; fullName: string; email: string }[];
  periods: { id: string; name: string; startsOn: string; endsOn: string; updateDeadline: string }[];
  themes: { id: string; title: string; sortOrder: number }[];
  objectives: { id: string; themeId: string; title: string; sortOrder: number }[];
  actions: Row[];
  supporting: SupportingLink[];
  updates: Row[];
}

export interface SupportingLink {
  actionId: string;
  organisationId: string;
}

/** The writes an import will make, computed without writing anything. */
export interface ImportPlan {
  preview: ImportPreview;
  strategy: TargetStrategy;
  inserts: PlannedInserts;
  themeUpdates: VersionedUpdate[];
  actionUpdates: VersionedUpdate[];
  supportingDeletes: SupportingLink[];
  updateUpdates: VersionedUpdate[];
}
