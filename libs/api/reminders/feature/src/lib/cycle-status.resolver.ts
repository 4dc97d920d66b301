import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CycleStatusQueries, ReminderActionsService } from '@waymark/api/reminders/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import {
  CycleStatusModel,
  ManualReminderModel,
  PersonReminderStateModel,
  SendReminderNowInput,
  SetRemindersPausedInput,
} from './cycle-status.model';

@Resolver(() => CycleStatusModel)
export class CycleStatusResolver {
  constructor(
    private readonly queries: CycleStatusQueries,
    private readonly actions: ReminderActionsService,
  ) {}

  @Query(() => CycleStatusModel, {
    description: "A period's cycle: who owes what, and every reminder sent with its delivery status. Administrator.",
  })
  cycleStatus(
    @Args('periodId', { type: () => ID }) periodId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CycleStatusModel> {
    return this.queries.cycleStatus(actor, periodId) as Promise<CycleStatusModel>;
  }

  @Mutation(() => ManualReminderModel, {
    description: 'Sends one lead a reminder of what they still owe in the period, now. Administrator.',
  })
  sendReminderNow(
    @Args('input') input: SendReminderNowInput,
    @CurrentActor() actor: Actor,
  ): Promise<ManualReminderModel> {
    return this.actions.sendNow(actor, input.periodId, input.personId);
  }

  @Mutation(() => PersonReminderStateModel, {
    description: "Pauses or resumes a person's scheduled reminders and chasers (e.g. leave). Administrator.",
  })
  setRemindersPaused(
    @Args('input') input: SetRemindersPausedInput,
    @CurrentActor() actor: Actor,
  ): Promise<PersonReminderStateModel> {
    return this.actions.setPaused(actor, input.personId, input.paused);
  }
}
