import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { ActionFilterService, RagDistributionService, StrategyTreeService } from '@waymark/api/strategy/data-access';
import { ActionFilterInput } from '../inputs/action-filter.input';
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
  ) {}

  @Query(() => [StrategyModel], { description: "The partnership's live strategies, each with its whole tree." })
  strategies(@CurrentActor() actor: Actor): Promise<StrategyModel[]> {
    return this.trees.strategies(actor);
  }

  @Query(() => StrategyModel, { description: 'One strategy with its whole tree, periods and every action’s updates.' })
  strategy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<StrategyModel> {
    return this.trees.strategy(actor, id);
  }

  @Query(() => [ActionModel], { description: 'Actions matching every given criterion, in tree order.' })
  actions(@CurrentActor() actor: Actor, @Args('filter', { type: () => ActionFilterInput, nullable: true }) filter?: ActionFilterInput): Promise<ActionModel[]> {
    return this.filters.actions(actor, filter ?? {});
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
