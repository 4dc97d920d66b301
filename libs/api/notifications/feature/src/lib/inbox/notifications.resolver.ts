import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  NotificationInbox,
  type NotificationKind,
  type NotificationView,
} from '@waymark/api/notifications/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { MarkNotificationsReadInput } from './notification.inputs';
import { NotificationModel } from './notification.model';

const MAX_LIST = 200;

export function toNotificationModel(view: NotificationView): NotificationModel {
  return {
    id: view.id,
    kind: view.kind as NotificationKind,
    title: view.title,
    body: view.body,
    linkPath: view.linkPath,
    isRead: view.readAt !== null,
    createdAt: view.createdAt,
  };
}

/** The signed-in person's own notifications: the list, the unread count in the header, marking read. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly inbox: NotificationInbox) {}

  @Query(() => [NotificationModel], { description: 'The signed-in person’s notifications, newest first.' })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args('limit', { type: () => Int, nullable: true, description: 'At most 200; default 50.' }) limit?: number | null,
  ): Promise<NotificationModel[]> {
    const rows = await this.inbox.list(actor.personId, Math.min(Math.max(limit ?? 50, 1), MAX_LIST));
    return rows.map(toNotificationModel);
  }

  @Query(() => Int, { description: 'How many of the signed-in person’s notifications are unread.' })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.unreadCount(actor.personId);
  }

  @Mutation(() => Int, {
    description: 'Marks some of the signed-in person’s notifications read; answers how many stay unread.',
  })
  markNotificationsRead(
    @Args('input') input: MarkNotificationsReadInput,
    @CurrentActor() actor: Actor,
  ): Promise<number> {
    return this.inbox.markRead(actor.personId, input.ids);
  }

  @Mutation(() => Int, { description: 'Marks all the signed-in person’s notifications read; answers 0.' })
  markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.markRead(actor.personId, null);
  }
}
