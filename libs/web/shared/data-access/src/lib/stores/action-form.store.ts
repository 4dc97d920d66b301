import { Injectable, inject } from '@angular/core';
import {
  AdminActionsDocument,
  type AdminActionFieldsFragment,
  AdminGroupsDocument,
  type AdminGroupsQuery,
  AdminOrganisationsDocument,
  type AdminOrganisationsQuery,
  AdminPeopleDocument,
  type AdminPeopleQuery,
  AdminStrategiesDocument,
  CreateActionDocument,
  type CreateActionInput,
  UpdateActionDocument,
  type UpdateActionInput,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import type { StrategyWithPeriods } from './periods.store';
import { ServerState } from './server-state';

export type AdminAction = AdminActionFieldsFragment;

/** What the action form needs: the strategy's structure, the choices it offers, and the action being changed. */
export interface ActionFormData {
  readonly strategy: StrategyWithPeriods;
  readonly organisations: AdminOrganisationsQuery['organisations'];
  readonly groups: AdminGroupsQuery['groups'];
  readonly people: AdminPeopleQuery['people'];
  /** Null when adding a new action. */
  readonly action: AdminAction | null;
}

/**
 * Everything the add- and change-action form shows, and saving it; `form.busy()` while a save is sent.
 * Provide it in the page (`providers: [ActionFormStore]`).
 */
@Injectable()
export class ActionFormStore {
  private readonly api = inject(GraphqlApi);
  readonly form = new ServerState<ActionFormData>();

  /**
   * An unknown strategy or action becomes `form.error()`, worded for the page. `open` fills the page's form from
   * what was loaded before `form.loaded()` turns true.
   */
  load(
    strategyId: string,
    actionId: string | undefined,
    open: (data: ActionFormData) => void = () => undefined,
  ): Promise<ActionFormData | undefined> {
    return this.form.load(async () => {
      const [strategies, organisations, groups, people] = await Promise.all([
        this.api.query({ query: AdminStrategiesDocument }),
        this.api.query({ query: AdminOrganisationsDocument }),
        this.api.query({ query: AdminGroupsDocument }),
        this.api.query({ query: AdminPeopleDocument }),
      ]);
      const strategy = strategies.strategies.find((s) => s.id === strategyId);
      if (!strategy) throw new Error('This strategy could not be found.');
      const choices = { strategy, ...organisations, ...groups, ...people };
      const data = { ...choices, action: actionId ? await this.findAction(strategyId, actionId) : null };
      open(data);
      return data;
    });
  }

  private async findAction(strategyId: string, actionId: string): Promise<AdminAction> {
    const { actions } = await this.api.query({ query: AdminActionsDocument, variables: { filter: { strategyId } } });
    const action = actions.find((a) => a.id === actionId);
    if (!action) throw new Error('This action could not be found.');
    return action;
  }

  /** Errors reach the caller, which maps them onto its form. */
  create(input: CreateActionInput): Promise<void> {
    return this.form.run(async () => {
      await this.api.mutate({ mutation: CreateActionDocument, variables: { input } });
    });
  }

  update(input: UpdateActionInput): Promise<void> {
    return this.form.run(async () => {
      await this.api.mutate({ mutation: UpdateActionDocument, variables: { input } });
    });
  }
}
