import { Injectable, inject } from '@angular/core';
import {
  MyUpdatesDocument,
  type OwedUpdateFieldsFragment,
  OwedUpdatesDocument,
  type OwedUpdatesQuery,
  type SaveProgressUpdateInput,
  SaveProgressUpdateDocument,
  SubmitProgressUpdateDocument,
  type UpdateFieldsFragment,
  UpdateFormStrategyDocument,
  type UpdateFormStrategyQuery,
  WithdrawProgressUpdateDocument,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type OwedUpdate = OwedUpdateFieldsFragment;

/** What the update form needs: the strategy (for its RAG definitions) and the update owed on the action. */
export interface UpdateFormData {
  readonly strategy: UpdateFormStrategyQuery['strategy'] | null;
  /** As My updates lists it, with the update's staleness. */
  readonly owed: OwedUpdatesQuery['myUpdates'][number];
}

/**
 * A delivery lead's progress updates: what they owe (My updates) and the one being written (the update form).
 * Provide it in the page (`providers: [ProgressStore]`).
 */
@Injectable()
export class ProgressStore {
  private readonly api = inject(GraphqlApi);
  readonly owed = new ServerState<readonly OwedUpdate[]>();
  /** The update form's data; its `busy` is true while a save, submit or withdrawal the person asked for is sent. */
  readonly updateForm = new ServerState<UpdateFormData>();

  /** Every update the signed-in person owes, in one request: each carries its theme, so no strategy trees. */
  loadMyUpdates(): Promise<readonly OwedUpdate[] | undefined> {
    return this.owed.load(
      async () => (await this.api.query({ query: MyUpdatesDocument, fetchPolicy: 'network-only' })).myUpdates,
    );
  }

  /** The update form's strategy and owed update; fails with a message when the person owes nothing on the action. */
  loadUpdateForm(strategyId: string, periodId: string, actionId: string): Promise<UpdateFormData | undefined> {
    return this.updateForm.load(async () => {
      const [strategy, owedUpdates] = await Promise.all([
        this.api.query({ query: UpdateFormStrategyDocument, variables: { strategyId }, fetchPolicy: 'network-only' }),
        this.api.query({ query: OwedUpdatesDocument, variables: { periodId }, fetchPolicy: 'network-only' }),
      ]);
      const owed = owedUpdates.myUpdates.find((o) => o.actionId === actionId && o.period.id === periodId);
      if (!owed) throw new Error('This action is not one you owe an update on for this period.');
      return { strategy: strategy.strategy, owed };
    });
  }

  async saveDraft(input: SaveProgressUpdateInput): Promise<UpdateFieldsFragment> {
    return (await this.api.mutate({ mutation: SaveProgressUpdateDocument, variables: { input } })).saveProgressUpdate;
  }

  async submit(update: { id: string; version: number }): Promise<UpdateFieldsFragment> {
    const input = { id: update.id, version: update.version };
    return (await this.api.mutate({ mutation: SubmitProgressUpdateDocument, variables: { input } }))
      .submitProgressUpdate;
  }

  async withdraw(update: { id: string; version: number }): Promise<UpdateFieldsFragment> {
    const input = { id: update.id, version: update.version };
    return (await this.api.mutate({ mutation: WithdrawProgressUpdateDocument, variables: { input } }))
      .withdrawProgressUpdate;
  }
}
