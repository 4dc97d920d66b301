import { LifecycleStatus, Rag, ReportingCadence } from '@waymark/shared/domain';

/** Plain shapes the write services accept; feature inputs (class-validated) satisfy them. */
export interface VersionedRef {
  readonly id: string;
  readonly version: number;
}

export interface StrategyFields {
  readonly title?: string;
  readonly shortTitle?: string | null;
  readonly startsOn?: string;
  readonly endsOn?: string;
  readonly description?: string | null;
  readonly vision?: string | null;
  readonly principles?: string[];
  readonly parentStrategyId?: string | null;
  readonly accountableGroupId?: string | null;
  readonly reportingCadence?: ReportingCadence;
  readonly themeLabel?: string;
  readonly objectiveLabel?: string;
  readonly actionLabel?: string;
  readonly hasObjectiveLevel?: boolean;
  readonly ragDefinitions?: Partial<Record<Rag, string | null>> | null;
}

export interface ThemeFields {
  readonly title?: string;
  readonly description?: string | null;
}

export interface ObjectiveFields {
  readonly title?: string;
}

export interface ActionFields {
  readonly themeId?: string;
  readonly objectiveId?: string | null;
  readonly ref?: string | null;
  readonly title?: string;
  readonly description?: string | null;
  readonly leadOrganisationId?: string | null;
  readonly leadPersonId?: string | null;
  readonly deliveryGroupId?: string | null;
  readonly supportingOrganisationIds?: string[] | null;
  readonly startsOn?: string | null;
  readonly currentDueOn?: string | null;
  readonly lifecycleStatus?: LifecycleStatus;
}

export interface ReorderInput {
  readonly parentId: string;
  readonly orderedIds: string[];
}
