import type { ActionRow, CamelRow, ObjectiveRow, ProgressUpdateRow, ThemeRow } from '@waymark/api/database';
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

/** `T` with the fields of `E` replaced: enum columns typed as the domain's enums (the same strings). */
type WithEnums<T, E> = Omit<T, keyof E> & E;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Rows the import reads, camelCase (see existing-records.ts). */
export type ExistingTheme = CamelRow<Pick<ThemeRow, 'id' | 'title' | 'sort_order' | 'version'>>;
export type ExistingObjective = CamelRow<Pick<ObjectiveRow, 'id' | 'theme_id' | 'title' | 'sort_order'>>;
export type ExistingAction = WithEnums<
  CamelRow<
    Pick<
      ActionRow,
      | 'id'
      | 'theme_id'
      | 'objective_id'
      | 'ref'
      | 'title'
      | 'lead_organisation_id'
      | 'lead_person_id'
      | 'delivery_group_id'
      | 'starts_on'
      | 'original_due_on'
      | 'current_due_on'
      | 'reschedule_count'
      | 'sort_order'
      | 'version'
      | 'archived_at'
    >
  >,
  { readonly lifecycleStatus: LifecycleStatus }
>;
export type ExistingUpdate = WithEnums<
  CamelRow<Pick<ProgressUpdateRow, 'id' | 'action_id' | 'period_id' | 'narrative' | 'validation_reason' | 'version'>>,
  {
    readonly proposedRag: Rag | null;
    readonly validatedRag: Rag | null;
    readonly lifecycleStatus: LifecycleStatus | null;
    readonly reviewState: ReviewState;
  }
>;

/** An action's columns an import changes, as the audit diff compares them. */
export type ActionFields = Mutable<
  Pick<
    ExistingAction,
    | 'title'
    | 'themeId'
    | 'objectiveId'
    | 'leadOrganisationId'
    | 'leadPersonId'
    | 'deliveryGroupId'
    | 'startsOn'
    | 'originalDueOn'
    | 'currentDueOn'
    | 'rescheduleCount'
    | 'lifecycleStatus'
  >
>;

/** A progress update's columns an import changes; `validationReason` is set with the changes, not compared. */
export type UpdateFields = Mutable<
  Pick<ExistingUpdate, 'narrative' | 'proposedRag' | 'validatedRag' | 'lifecycleStatus' | 'reviewState'>
> & { validationReason?: string | null };

/** A new action's columns. */
export type PlannedAction = Pick<
  ExistingAction,
  | 'id'
  | 'themeId'
  | 'objectiveId'
  | 'ref'
  | 'title'
  | 'leadOrganisationId'
  | 'leadPersonId'
  | 'deliveryGroupId'
  | 'startsOn'
  | 'originalDueOn'
  | 'currentDueOn'
  | 'lifecycleStatus'
  | 'sortOrder'
>;

/** A new progress update's columns. */
export type PlannedUpdate = Pick<
  ExistingUpdate,
  'id' | 'actionId' | 'periodId' | 'narrative' | 'proposedRag' | 'lifecycleStatus' | 'reviewState'
>;

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

export interface VersionedUpdate<Fields> {
  id: string;
  version: number;
  before: Fields;
  after: Fields;
}

export interface PlannedInserts {
  organisations: { id: string; name: string; sortOrder: number }[];
  groups: { id: string; name: string; sortOrder: number }[];
  people: { id: string; fullName: string; email: string }[];
  periods: { id: string; name: string; startsOn: string; endsOn: string; updateDeadline: string }[];
  themes: { id: string; title: string; sortOrder: number }[];
  objectives: { id: string; themeId: string; title: string; sortOrder: number }[];
  actions: PlannedAction[];
  supporting: SupportingLink[];
  updates: PlannedUpdate[];
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
  themeUpdates: VersionedUpdate<{ title: string }>[];
  actionUpdates: VersionedUpdate<ActionFields>[];
  supportingDeletes: SupportingLink[];
  updateUpdates: VersionedUpdate<UpdateFields>[];
}
