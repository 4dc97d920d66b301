import { Injectable, inject, signal } from '@angular/core';
import {
  ActionHistoryDocument,
  type ActionHistoryQuery,
  ExplorerActionUpdatesDocument,
  type ExplorerActionUpdatesQuery,
  ExplorerStrategiesDocument,
  type ExplorerStrategiesQuery,
  ExplorerStrategyDocument,
  type ExplorerStrategyQuery,
  MyUpdatesDocument,
  type OwedUpdateFieldsFragment,
} from '../generated/graphql';
import { describeError } from '../graphql-errors';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type ExplorerStrategySummary = ExplorerStrategiesQuery['strategies'][number];
export type ExplorerStrategy = ExplorerStrategyQuery['strategy'];
export type ExplorerTheme = ExplorerStrategy['themes'][number];
export type ExplorerAction = ExplorerTheme['actions'][number];
export type ExplorerObjective = ExplorerTheme['objectives'][number];
export type ActionUpdates = ExplorerActionUpdatesQuery['strategy']['themes'][number]['actions'][number]['updates'];

/** Where an action sits in its strategy: its theme, its objective (none when directly under the theme), itself. */
export interface ActionPlace {
  readonly theme: ExplorerTheme;
  readonly objective: ExplorerObjective | null;
  readonly action: ExplorerAction;
}

/** What the action page shows: the strategy, where the action sits, its updates by period and its audit trail. */
export interface ActionView {
  readonly strategy: ExplorerStrategy;
  readonly place: ActionPlace;
  readonly updates: ActionUpdates;
  readonly history: ActionHistoryQuery['actionHistory'];
}

const STRATEGY_NOT_FOUND = 'This strategy could not be found.';
const ACTION_NOT_FOUND = 'This action could not be found.';
/** Update states in which the person who owes an update can still write it. */
const WRITABLE = ['not_started', 'draft', 'returned'];

export function findAction(strategy: ExplorerStrategy, actionId: string): ActionPlace | null {
  for (const theme of strategy.themes) {
    const direct = theme.actions.find((a) => a.id === actionId);
    if (direct) return { theme, objective: null, action: direct };
    for (const objective of theme.objectives) {
      const found = objective.actions.find((a) => a.id === actionId);
      if (found) return { theme, objective, action: found };
    }
  }
  return null;
}

/** An API NOT_FOUND (or an answer without the record) becomes `message`; other errors pass as they are. */
function notFoundAs(message: string): (error: unknown) => never {
  return (error) => {
    throw describeError(error).code === 'NOT_FOUND' ? new Error(message) : error;
  };
}

/**
 * The strategy explorer: the list of live strategies, one strategy's tree, and one action with its history.
 * Provide it in the page (`providers: [ExplorerStore]`).
 */
@Injectable()
export class ExplorerStore {
  private readonly api = inject(GraphqlApi);
  readonly strategies = new ServerState<readonly ExplorerStrategySummary[]>();
  readonly strategy = new ServerState<ExplorerStrategy>();
  readonly action = new ServerState<ActionView>();
  /** The update the signed-in person owes on the action now (none yet, draft or returned), for its "write" link. */
  readonly owed = signal<OwedUpdateFieldsFragment | null>(null);

  loadStrategies(): Promise<readonly ExplorerStrategySummary[] | undefined> {
    return this.strategies.load(async () => (await this.api.query({ query: ExplorerStrategiesDocument })).strategies);
  }

  loadStrategy(id: string): Promise<ExplorerStrategy | undefined> {
    return this.strategy.load(() => this.tree(id, STRATEGY_NOT_FOUND));
  }

  loadAction(strategyId: string, actionId: string): Promise<ActionView | undefined> {
    return this.action.load(async () => {
      const [strategy, updates, history] = await Promise.all([
        this.tree(strategyId, ACTION_NOT_FOUND),
        this.api.query({ query: ExplorerActionUpdatesDocument, variables: { id: strategyId } }),
        this.api.query({ query: ActionHistoryDocument, variables: { actionId } }),
      ]).catch(notFoundAs(ACTION_NOT_FOUND));
      // The back link names the strategy even when the action is not in it.
      this.strategy.set(strategy);
      const place = findAction(strategy, actionId);
      if (!place) throw new Error(ACTION_NOT_FOUND);
      const all = updates.strategy.themes.flatMap((t) => [...t.actions, ...t.objectives.flatMap((o) => o.actions)]);
      return {
        strategy,
        place,
        updates: all.find((a) => a.id === actionId)?.updates ?? [],
        history: history.actionHistory,
      };
    });
  }

  /**
   * Asks which update the person owes on the action; only call it for the action's lead (nobody else owes one).
   * Never throws: without the answer the page simply offers no "write" link.
   */
  async loadOwed(actionId: string): Promise<void> {
    try {
      const { myUpdates } = await this.api.query({ query: MyUpdatesDocument, fetchPolicy: 'network-only' });
      const mine = myUpdates.find((o) => o.actionId === actionId);
      this.owed.set(mine && WRITABLE.includes(mine.status) ? mine : null);
    } catch {
      this.owed.set(null);
    }
  }

  private async tree(id: string, notFound: string): Promise<ExplorerStrategy> {
    const { strategy } = await this.api
      .query({ query: ExplorerStrategyDocument, variables: { id } })
      .catch(notFoundAs(notFound));
    return strategy;
  }
}
