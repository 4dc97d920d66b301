import { Args, ID, Info, Query, Resolver } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import {
  ActionFilterService,
  ActionSearchService,
  RagDistributionService,
  StrategyTreeService,
} from '@waymark/api/strategy/data-access';
import { ActionFilterInput } from '../inputs/action-filter.input';
import { SearchActionsInput } from '../inputs/search-actions.input';
import { ActionSearchResultModel } from '../models/action-search.model';
import { ActionModel } from '../models/action.model';
import { ThemeRagDistributionModel } from '../models/rag-distribution.model';
import { StrategyModel } from '../models/strategy.model';

/** Reads of strategies: every field is assembled by the services, none hits the database on its own. */
@Resolver(() => StrategyModel)
export class StrategyQueryResolver {
  constructor(
    private readonly trees: StrategyTreeService,
    private readonly filters: ActionFilterService,
    private readonly distributions: RagDistributionService,
    private readonly search: ActionSearchService,
  ) {}

  @Query(() => [StrategyModel], { description: "The partnership's live strategies, each with its whole tree." })
  strategies(@CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<StrategyModel[]> {
    // A list of titles must not load every action and update of every strategy (2.5 s, 2.8 GB at 120k actions).
    const selection = info.fieldNodes[0]?.selectionSet;
    if (!selectsField(selection, 'themes', info)) return this.trees.strategies(actor, 'summary');
    return this.trees.strategies(actor, selectsField(selection, 'updates', info) ? 'whole' : 'recent-updates');
  }

  @Query(() => StrategyModel, { description: 'One strategy with its whole tree, periods and every action’s updates.' })
  strategy(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StrategyModel> {
    // Most reads (board report, explorer tree) ask for latest/previous only: skip loading every period's update.
    const recentUpdatesOnly = !selectsField(info.fieldNodes[0]?.selectionSet, 'updates', info);
    return this.trees.strategy(actor, id, undefined, { recentUpdatesOnly });
  }

  @Query(() => [ActionModel], { description: 'Actions matching every given criterion, in tree order.' })
  actions(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ActionFilterInput, nullable: true }) filter?: ActionFilterInput,
  ): Promise<ActionModel[]> {
    return this.filters.actions(actor, filter ?? {});
  }

  @Query(() => ActionSearchResultModel, {
    description:
      "Full-text search of the partnership's actions: reference, title, description and update narratives, best first.",
  })
  searchActions(
    @CurrentActor() actor: Actor,
    @Args('input') input: SearchActionsInput,
  ): Promise<ActionSearchResultModel> {
    return this.search.search(actor, input.query, input.filter ?? {}) as Promise<ActionSearchResultModel>;
  }

  @Query(() => [ThemeRagDistributionModel], { description: 'Actions by effective RAG, per theme, for one period.' })
  ragDistribution(
    @CurrentActor() actor: Actor,
    @Args('strategyId', { type: () => ID }) strategyId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<ThemeRagDistributionModel[]> {
    return this.distributions.ragDistribution(actor, strategyId, periodId);
  }
}

/** Whether the selection asks for a field of this name at any depth (through fragments too). */
function selectsField(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  info: GraphQLResolveInfo,
  seen = new Set<string>(),
): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name || selectsField(selection.selectionSet, name, info, seen)) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selectsField(selection.selectionSet, name, info, seen)) return true;
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      if (selectsField(info.fragments[selection.name.value]?.selectionSet, name, info, seen)) return true;
    }
  }
  return false;
}
