import type { RagDefinitionsView } from '@waymark/api/partnership/data-access';
import { LifecycleStatus, Rag, ReportingCadence, ReportingPeriod, ReviewState } from '@waymark/shared/domain';

/** Plain read shapes of the strategy tree, assembled in TS from set-based queries. A period is `ReportingPeriod`. */
export interface UpdateView {
  readonly id: string;
  readonly actionId: string;
  readonly periodId: string;
  readonly narrative: string;
  readonly proposedRag: Rag | null;
  readonly validatedRag: Rag | null;
  readonly validationReason: string | null;
  readonly effectiveRag: Rag | null;
  readonly percentComplete: number | null;
  readonly lifecycleStatus: LifecycleStatus | null;
  readonly reviewState: ReviewState;
  readonly reviewComment: string | null;
  readonly reviewedById: string | null;
  readonly reviewedAt: Date | null;
  readonly submittedAt: Date | null;
  readonly authorId: string | null;
  readonly authorName: string | null;
  readonly correctionCount: number;
  readonly lastCorrectionReason: string | null;
  readonly isStale: boolean;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface OrganisationRef {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | null;
}

export interface ActionView {
  readonly id: string;
  readonly strategyId: string;
  readonly themeId: string;
  readonly objectiveId: string | null;
  readonly ref: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly number: number;
  readonly numberLabel: string;
  readonly leadOrganisationId: string | null;
  readonly leadOrganisationName: string | null;
  readonly leadPersonId: string | null;
  readonly leadPersonName: string | null;
  readonly deliveryGroupId: string | null;
  readonly deliveryGroupName: string | null;
  readonly supportingOrganisations: OrganisationRef[];
  readonly startsOn: string | null;
  readonly originalDueOn: string | null;
  readonly currentDueOn: string | null;
  readonly rescheduleCount: number;
  readonly lifecycleStatus: LifecycleStatus;
  readonly isOverdue: boolean;
  readonly sortOrder: number;
  readonly version: number;
  readonly updates: UpdateView[];
  readonly latestUpdate: UpdateView | null;
  readonly previousUpdate: UpdateView | null;
}

export interface ObjectiveView {
  readonly id: string;
  readonly strategyId: string;
  readonly themeId: string;
  readonly title: string;
  readonly number: number;
  readonly sortOrder: number;
  readonly version: number;
  readonly actions: ActionView[];
}

export interface ThemeView {
  readonly id: string;
  readonly strategyId: string;
  readonly title: string;
  readonly description: string | null;
  readonly number: number;
  readonly sortOrder: number;
  readonly version: number;
  readonly objectives: ObjectiveView[];
  /** Actions directly under the theme (no objective level). */
  readonly actions: ActionView[];
}

export interface StrategyView {
  readonly id: string;
  readonly partnershipId: string;
  readonly parentStrategyId: string | null;
  readonly parentStrategyTitle: string | null;
  readonly title: string;
  readonly shortTitle: string | null;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly description: string | null;
  readonly vision: string | null;
  readonly principles: string[];
  readonly accountableGroupId: string | null;
  readonly accountableGroupName: string | null;
  readonly reportingCadence: ReportingCadence;
  readonly themeLabel: string;
  readonly objectiveLabel: string;
  readonly actionLabel: string;
  readonly hasObjectiveLevel: boolean;
  readonly ragDefinitions: RagDefinitionsView;
  readonly sortOrder: number;
  readonly version: number;
  readonly archivedAt: Date | null;
  readonly periods: ReportingPeriod[];
  readonly themes: ThemeView[];
}
