import { Injectable, computed, inject, signal } from '@angular/core';
import {
  AdminStrategyChoicesDocument,
  type AdminStrategyChoicesQuery,
  AdminStrategyDetailDocument,
  type AdminStrategyDetailQuery,
  type CreateStrategyInput,
  CreateObjectiveDocument,
  CreateStrategyDocument,
  CreateThemeDocument,
  ReorderActionsDocument,
  ReorderObjectivesDocument,
  ReorderThemesDocument,
  UpdateObjectiveDocument,
  UpdateStrategyDocument,
  UpdateThemeDocument,
} from '../generated/graphql';
import type { Editing } from './directory.store';
import { describeError } from '../graphql-errors';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type AdminStrategy = NonNullable<AdminStrategyDetailQuery['strategy']>;
export type StructureLevel = 'theme' | 'objective' | 'action';

const NOT_FOUND = 'This strategy could not be found.';

export interface StrategyLoad {
  /** Also load the groups and strategies a strategy form offers as choices. */
  readonly withChoices?: boolean;
  /** Picks out what the page edits from the strategy, throwing when it is not there. */
  readonly open?: (strategy: AdminStrategy) => void;
}

/**
 * One strategy's structure (themes, objectives, actions) for the structure page and the administration forms, and
 * the choices a strategy form offers; `strategy.busy()` while a reorder is sent. Provide it in the page (`providers: [StrategyAdminStore]`).
 */
@Injectable()
export class StrategyAdminStore {
  private readonly api = inject(GraphqlApi);
  /** The strategy being changed; null when a new one is being created. */
  readonly strategy = new ServerState<AdminStrategy | null>();
  private readonly choices = signal<AdminStrategyChoicesQuery>({ strategies: [], groups: [] });
  readonly groups = computed(() => this.choices().groups);
  readonly strategies = computed(() => this.choices().strategies);

  /** Loads the strategy (none when `id` is undefined) and, when asked, the choices first. */
  load(
    id: string | undefined,
    { withChoices = false, open = () => undefined }: StrategyLoad = {},
  ): Promise<AdminStrategy | null | undefined> {
    return this.strategy.load(async () => {
      if (withChoices) this.choices.set(await this.api.query({ query: AdminStrategyChoicesDocument }));
      if (!id) return null;
      const strategy = await this.api.query({ query: AdminStrategyDetailDocument, variables: { id } }).then(
        (data) => data.strategy,
        (error: unknown) => {
          throw describeError(error).code === 'NOT_FOUND' ? new Error(NOT_FOUND) : error;
        },
      );
      if (!strategy) throw new Error(NOT_FOUND);
      open(strategy);
      return strategy;
    });
  }

  /** Puts the themes of a strategy, the objectives of a theme or the actions under one parent in `orderedIds` order. */
  async reorder(level: StructureLevel, parentId: string, orderedIds: string[]): Promise<void> {
    const input = { parentId, orderedIds };
    if (level === 'theme') await this.api.mutate({ mutation: ReorderThemesDocument, variables: { input } });
    else if (level === 'objective')
      await this.api.mutate({ mutation: ReorderObjectivesDocument, variables: { input } });
    else await this.api.mutate({ mutation: ReorderActionsDocument, variables: { input } });
  }

  /** Resolves to the strategy's id (the new one when creating). */
  async saveStrategy({ id, version }: Editing, input: CreateStrategyInput): Promise<string> {
    if (id) {
      await this.api.mutate({ mutation: UpdateStrategyDocument, variables: { input: { id, version, ...input } } });
      return id;
    }
    const data = await this.api.mutate({ mutation: CreateStrategyDocument, variables: { input } });
    return data.createStrategy.id;
  }

  /** A new theme goes into `strategyId`; a changed one is `id` at `version`. */
  async saveTheme(
    strategyId: string,
    { id, version }: Editing,
    input: { title: string; description: string | null },
  ): Promise<void> {
    if (id) await this.api.mutate({ mutation: UpdateThemeDocument, variables: { input: { id, version, ...input } } });
    else await this.api.mutate({ mutation: CreateThemeDocument, variables: { input: { strategyId, ...input } } });
  }

  /** A new objective goes under `themeId`; a changed one is `id` at `version`. */
  async saveObjective(themeId: string, { id, version }: Editing, title: string): Promise<void> {
    if (id) await this.api.mutate({ mutation: UpdateObjectiveDocument, variables: { input: { id, version, title } } });
    else await this.api.mutate({ mutation: CreateObjectiveDocument, variables: { input: { themeId, title } } });
  }
}
