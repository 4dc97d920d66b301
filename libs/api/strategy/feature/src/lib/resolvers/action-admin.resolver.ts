import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { VersionedRefInput } from '@waymark/api/partnership/feature';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { ActionWriteService, ReorderService } from '@waymark/api/strategy/data-access';
import { CreateActionInput, UpdateActionInput } from '../inputs/action.input';
import { ReorderInput } from '../inputs/theme.input';
import { ActionModel } from '../models/action.model';
import { StrategyModel } from '../models/strategy.model';

/** Administrator mutations for actions, and reordering at every level. */
@Resolver()
export class ActionAdminResolver {
  constructor(
    private readonly actions: ActionWriteService,
    private readonly reorder: ReorderService,
  ) {}

  @Mutation(() => ActionModel)
  createAction(@CurrentActor() actor: Actor, @Args('input') input: CreateActionInput): Promise<ActionModel> {
    return this.actions.create(actor, input);
  }

  @Mutation(() => ActionModel)
  updateAction(@CurrentActor() actor: Actor, @Args('input') input: UpdateActionInput): Promise<ActionModel> {
    return this.actions.update(actor, input);
  }

  @Mutation(() => StrategyModel, { description: 'Archives the action; returns its strategy without it.' })
  archiveAction(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<StrategyModel> {
    return this.actions.archive(actor, input);
  }

  @Mutation(() => StrategyModel, { description: 'parentId: the strategy.' })
  reorderThemes(@CurrentActor() actor: Actor, @Args('input') input: ReorderInput): Promise<StrategyModel> {
    return this.reorder.reorderThemes(actor, input);
  }

  @Mutation(() => StrategyModel, { description: 'parentId: the theme.' })
  reorderObjectives(@CurrentActor() actor: Actor, @Args('input') input: ReorderInput): Promise<StrategyModel> {
    return this.reorder.reorderObjectives(actor, input);
  }

  @Mutation(() => StrategyModel, {
    description: 'parentId: the objective, or the theme for actions with no objective.',
  })
  reorderActions(@CurrentActor() actor: Actor, @Args('input') input: ReorderInput): Promise<StrategyModel> {
    return this.reorder.reorderActions(actor, input);
  }
}
