import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { VersionedRefInput } from '@waymark/api/partnership/feature';
import {
  IndicatorReadService,
  IndicatorValueWriteService,
  IndicatorWriteService,
} from '@waymark/api/progress/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import {
  CreateIndicatorInput,
  MoveIndicatorInput,
  RecordIndicatorValueInput,
  ReorderIndicatorsInput,
  UpdateIndicatorInput,
} from './indicator.inputs';
import { IndicatorModel, IndicatorValueModel } from './indicator.models';

/** Performance indicators: definitions (administrators) and values per period (administrators or reviewers). */
@Resolver()
export class IndicatorResolver {
  constructor(
    private readonly reads: IndicatorReadService,
    private readonly writes: IndicatorWriteService,
    private readonly values: IndicatorValueWriteService,
  ) {}

  @Query(() => [IndicatorModel], {
    description: "A strategy's live indicators in order, each with its values in period order.",
  })
  indicators(
    @CurrentActor() actor: Actor,
    @Args('strategyId', { type: () => ID }) strategyId: string,
  ): Promise<IndicatorModel[]> {
    return this.reads.indicators(actor, strategyId);
  }

  @Mutation(() => IndicatorModel, {
    description: 'Adds an indicator to a strategy (or one of its objectives). Administrator.',
  })
  createIndicator(@CurrentActor() actor: Actor, @Args('input') input: CreateIndicatorInput): Promise<IndicatorModel> {
    return this.writes.create(actor, input);
  }

  @Mutation(() => IndicatorModel, { description: 'Administrator.' })
  updateIndicator(@CurrentActor() actor: Actor, @Args('input') input: UpdateIndicatorInput): Promise<IndicatorModel> {
    return this.writes.update(actor, input);
  }

  @Mutation(() => IndicatorModel, {
    description: 'Archives the indicator (its values are kept); returned with archivedAt set. Administrator.',
  })
  archiveIndicator(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<IndicatorModel> {
    return this.writes.archive(actor, input);
  }

  @Mutation(() => [IndicatorModel], {
    description: "Reorders the strategy's indicators; returns them in the new order. Administrator.",
  })
  reorderIndicators(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReorderIndicatorsInput,
  ): Promise<IndicatorModel[]> {
    return this.writes.reorder(actor, input);
  }

  @Mutation(() => [IndicatorModel], {
    description:
      "Moves an indicator one place up or down (version-checked: a stale page gets CONFLICT); returns the strategy's indicators in the new order. Administrator.",
  })
  moveIndicator(@CurrentActor() actor: Actor, @Args('input') input: MoveIndicatorInput): Promise<IndicatorModel[]> {
    return this.writes.move(actor, input);
  }

  @Mutation(() => IndicatorValueModel, {
    description:
      "Records an indicator's value for a period (one per indicator and period). Administrator or the strategy's accountable group; refused once the period is signed off.",
  })
  recordIndicatorValue(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordIndicatorValueInput,
  ): Promise<IndicatorValueModel> {
    return this.values.record(actor, input);
  }
}
