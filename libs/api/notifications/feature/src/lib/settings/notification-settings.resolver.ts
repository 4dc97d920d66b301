import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotificationSettingsService, type NotificationSettingsView } from '@waymark/api/notifications/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { NotificationSettingsModel, UpdateNotificationSettingsInput } from './notification-settings.models';

const toModel = (view: NotificationSettingsView): NotificationSettingsModel => ({
  version: view.version,
  preferences: view.preferences.map((p) => ({
    kind: p.kind,
    label: p.label,
    hint: p.hint,
    essential: p.essential,
    choices: [...p.choices],
    delivery: p.delivery,
  })),
});

/** Each person's own notification settings (the "Notification settings" screen of their account). */
@Resolver(() => NotificationSettingsModel)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Query(() => NotificationSettingsModel, { description: 'How the signed-in person gets each kind of notification.' })
  async notificationSettings(@CurrentActor() actor: Actor): Promise<NotificationSettingsModel> {
    return toModel(await this.settings.read(actor));
  }

  @Mutation(() => NotificationSettingsModel, {
    description: 'Changes how the signed-in person gets notifications. Essential ones cannot be turned off.',
  })
  async updateNotificationSettings(
    @Args('input') input: UpdateNotificationSettingsInput,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationSettingsModel> {
    return toModel(await this.settings.update(actor, input));
  }
}
