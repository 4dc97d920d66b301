import { LifecycleStatus, Rag, ReviewState } from '@waymark/shared/domain';
import { PlanProblem } from '@waymark/shared/plan-template';

export interface NewStrategySpec {
  readonly title: string;
  /** First financial year, e.g. 2017 for a 2017–2020 strategy (starts 1 April 2017). */
  readonly startYear: number;
  /** Last year, e.g. 2020 (ends 31 March 2020). */
  readonly endYear: number;
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
export const IMPORT_ENTITIES: readonly ImportEntity[] = ['theme', 'objective', 'action', 'organisation', 'group', 'person', 'period', 'update'];
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

export interface ImportPreview {
  readonly fileName: string;
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
