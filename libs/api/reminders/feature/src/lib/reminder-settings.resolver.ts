import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ReminderSettingsService } from '@waymark/api/reminders/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { ReminderSettingsModel, UpdateReminderSettingsInput } from './reminder-settings.model';

@Resolver(() => ReminderSettingsModel)
export class ReminderSettingsResolver {
  constructor(private readonly settings: ReminderSettingsService) {}

  @Query(() => ReminderSettingsModel, {
    description: "A strategy's reminder settings (the defaults until changed). Administrator.",
  })
  reminderSettings(
    @Args('strategyId', { type: () => ID }) strategyId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReminderSettingsModel> {
    return this.settings.settings(actor, strategyId);
  }

  @Mutation(() => ReminderSettingsModel, {
    description: "Changes a strategy's reminders, chasers and escalation. Administrator.",
  })
  updateReminderSettings(
    @Args('input') input: UpdateReminderSettingsInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReminderSettingsModel> {
    return this.settings.update(actor, input);
  }
}
