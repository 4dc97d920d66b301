import type { IndicatorDirection, LifecycleStatus, Rag, ReportingPeriod, ReviewState } from '@waymark/shared/domain';

/**
 * Everything a report needs about one strategy, as plain data. The API loads it with a fixed
 * number of set-based queries; tests and the browser can build it by hand. Archived records
 * are left out by whoever builds the source.
 */
export interface ReportSource {
  readonly strategy: SourceStrategy;
  /** Every reporting period of the strategy (any order; the builder sorts by start date). */
  readonly periods: readonly SourcePeriod[];
  readonly themes: readonly SourceTheme[];
  readonly objectives: readonly SourceObjective[];
  readonly actions: readonly SourceAction[];
  /** At most one per action per period. */
  readonly updates: readonly SourceUpdate[];
  readonly commentary: readonly SourceCommentary[];
  readonly indicators: readonly SourceIndicator[];
  readonly indicatorValues: readonly SourceIndicatorValue[];
  /** Recorded moves of an action's current due date (from the audit trail), any order. */
  readonly dueDateChanges: readonly SourceDueDateChange[];
}

export interface SourceStrategy {
  readonly id: string;
  readonly partnershipId: string;
  readonly partnershipName: string | null;
  readonly title: string;
  /** ISO dates. */
  readonly startsOn: string;
  readonly endsOn: string;
  readonly description: string | null;
  readonly themeLabel: string;
  readonly objectiveLabel: string;
  readonly actionLabel: string;
  readonly hasObjectiveLevel: boolean;
}

/** The period fields a report reads. */
export type SourcePeriod = Pick<ReportingPeriod, 'id' | 'name' | 'startsOn' | 'endsOn' | 'updateDeadline' | 'state'>;

export interface SourceTheme {
  readonly id: string;
  readonly title: string;
  readonly sortOrder: number;
}

export interface SourceObjective {
  readonly id: string;
  readonly themeId: string;
  readonly title: string;
  readonly sortOrder: number;
}

export interface SourceAction {
  readonly id: string;
  readonly themeId: string;
  readonly objectiveId: string | null;
  readonly ref: string | null;
  readonly title: string;
  readonly leadOrganisation: string | null;
  readonly leadPerson: string | null;
  readonly deliveryGroup: string | null;
  readonly originalDueOn: string | null;
  readonly currentDueOn: string | null;
  readonly rescheduleCount: number;
  readonly lifecycleStatus: LifecycleStatus;
  readonly sortOrder: number;
  /** ISO date the action was added to the plan. */
  readonly createdOn: string;
  /** ISO date the work starts; null or absent when it started with the plan. */
  readonly startsOn?: string | null;
}

export interface SourceUpdate {
  readonly actionId: string;
  readonly periodId: string;
  readonly narrative: string;
  readonly proposedRag: Rag | null;
  readonly validatedRag: Rag | null;
  readonly lifecycleStatus: LifecycleStatus | null;
  readonly reviewState: ReviewState;
  readonly percentComplete: number | null;
}

export interface SourceCommentary {
  readonly id: string;
  readonly themeId: string;
  readonly periodId: string;
  readonly body: string;
  readonly sortOrder: number;
}

export interface SourceIndicator {
  readonly id: string;
  readonly objectiveId: string | null;
  readonly name: string;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  readonly baseline: number | null;
  readonly target: number | null;
  /** How far short of the target still counts as within tolerance; absent in sources saved before tolerance. */
  readonly tolerance?: number | null;
  readonly sortOrder: number;
}

export interface SourceIndicatorValue {
  readonly indicatorId: string;
  readonly periodId: string;
  readonly value: number;
  readonly note: string | null;
}

export interface SourceDueDateChange {
  readonly actionId: string;
  readonly from: string | null;
  readonly to: string | null;
  /** ISO date of the change. */
  readonly changedOn: string;
}
