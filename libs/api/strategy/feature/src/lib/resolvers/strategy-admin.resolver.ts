import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { VersionedRefInput } from '@waymark/api/partnership/feature';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { StrategyWriteService, ThemeObjectiveWriteService } from '@waymark/api/strategy/data-access';
import { CreateStrategyInput, UpdateStrategyInput } from '../inputs/strategy.input';
import { CreateObjectiveInput, CreateThemeInput, UpdateObjectiveInput, UpdateThemeInput } from '../inputs/theme.input';
import { StrategyModel } from '../models/strategy.model';
import { ObjectiveModel, ThemeModel } from '../models/theme.model';

/** Administrator mutations for strategies, themes and objectives. */
@Resolver()
export class StrategyAdminResolver {
  constructor(
    private readonly strategies: StrategyWriteService,
    private readonly nodes: ThemeObjectiveWriteService,
  ) {}

  @Mutation(() => StrategyModel)
  createStrategy(@CurrentActor() actor: Actor, @Args('input') input: CreateStrategyInput): Promise<StrategyModel> {
    return this.strategies.create(actor, input);
  }

  @Mutation(() => StrategyModel)
  updateStrategy(@CurrentActor() actor: Actor, @Args('input') input: UpdateStrategyInput): Promise<StrategyModel> {
    return this.strategies.update(actor, input);
  }

  @Mutation(() => StrategyModel, { description: 'Archives the strategy; returned with archivedAt set.' })
  archiveStrategy(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<StrategyModel> {
    return this.strategies.archive(actor, input);
  }

  @Mutation(() => ThemeModel)
  createTheme(@CurrentActor() actor: Actor, @Args('input') input: CreateThemeInput): Promise<ThemeModel> {
    return this.nodes.createTheme(actor, input);
  }

  @Mutation(() => ThemeModel)
  updateTheme(@CurrentActor() actor: Actor, @Args('input') input: UpdateThemeInput): Promise<ThemeModel> {
    return this.nodes.updateTheme(actor, input);
  }

  @Mutation(() => StrategyModel, { description: 'Archives the theme; returns its strategy without it.' })
  archiveTheme(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<StrategyModel> {
    return this.nodes.archiveTheme(actor, input);
  }

  @Mutation(() => ObjectiveModel)
  createObjective(@CurrentActor() actor: Actor, @Args('input') input: CreateObjectiveInput): Promise<ObjectiveModel> {
    return this.nodes.createObjective(actor, input);
  }

  @Mutation(() => ObjectiveModel)
  updateObjective(@CurrentActor() actor: Actor, @Args('input') input: UpdateObjectiveInput): Promise<ObjectiveModel> {
    return this.nodes.updateObjective(actor, input);
  }

  @Mutation(() => StrategyModel, { description: 'Archives the objective (and so its actions); returns its strategy.' })
  archiveObjective(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<StrategyModel> {
    return this.nodes.archiveObjective(actor, input);
  }
}
