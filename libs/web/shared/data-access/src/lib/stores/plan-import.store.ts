import { Injectable, inject } from '@angular/core';
import {
  AdminGroupsDocument,
  type AdminGroupsQuery,
  AdminStrategiesDocument,
  ApplyPlanImportDocument,
  type PlanImportInput,
  type PlanImportPreviewFieldsFragment,
  PreviewPlanImportDocument,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import type { StrategyWithPeriods } from './periods.store';
import { ServerState } from './server-state';

export type PlanImportPreview = PlanImportPreviewFieldsFragment;

/** What a plan import can target: an existing strategy, or a new one answering to one of the groups. */
export interface PlanImportChoices {
  readonly strategies: readonly StrategyWithPeriods[];
  readonly groups: AdminGroupsQuery['groups'];
}

/**
 * The plan import's choices, its dry-run preview and its apply; `choices.busy()` while an import step (the page's
 * upload goes through `choices.run` too) is in flight. Provide it in the page (`providers: [PlanImportStore]`).
 */
@Injectable()
export class PlanImportStore {
  private readonly api = inject(GraphqlApi);
  readonly choices = new ServerState<PlanImportChoices>();

  /** `fresh` skips Apollo's cache: after an apply the cached list would not have the new strategy. */
  load(fresh = false): Promise<PlanImportChoices | undefined> {
    return this.choices.load(async () => {
      const [strategies, groups] = await Promise.all([
        this.api.query({ query: AdminStrategiesDocument, fetchPolicy: fresh ? 'network-only' : 'cache-first' }),
        this.api.query({ query: AdminGroupsDocument }),
      ]);
      return { ...strategies, ...groups };
    });
  }

  /** How the file would be read and stored, changing nothing. Errors reach the caller. */
  preview(input: PlanImportInput): Promise<PlanImportPreview> {
    return this.choices.run(async () => {
      const data = await this.api.mutate({ mutation: PreviewPlanImportDocument, variables: { input } });
      return data.previewPlanImport;
    });
  }

  /** Stores the import, then reads the choices again (a new strategy is now one). Errors reach the caller. */
  async apply(input: PlanImportInput): Promise<PlanImportPreview> {
    const applied = await this.choices.run(async () => {
      const data = await this.api.mutate({ mutation: ApplyPlanImportDocument, variables: { input } });
      return data.applyPlanImport;
    });
    await this.load(true);
    return applied;
  }
}
