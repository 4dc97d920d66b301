import { Query, Resolver } from '@nestjs/graphql';
import { NotificationInbox, reviewsWaitingIn } from '@waymark/api/notifications/data-access';
import { ProgressActivityQueries } from '@waymark/api/progress/data-access';
import { Actor, Clock, CurrentActor } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { toNotificationModel } from '../inbox/notifications.resolver';
import { HomeSummaryModel } from './home.models';
import { summariseOwed } from './owed-summary';

const RECENT = 5;

/** The start page's one query: four statements whatever the person owes or reviews. */
@Resolver(() => HomeSummaryModel)
export class HomeResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressActivityQueries,
    private readonly inbox: NotificationInbox,
    private readonly clock: Clock,
  ) {}

  @Query(() => HomeSummaryModel, {
    description:
      'What the signed-in person owes this period, what waits for their review, and their recent notifications.',
  })
  async home(@CurrentActor() actor: Actor): Promise<HomeSummaryModel> {
    const today = this.clock.today(actor.timeZone);
    const [owed, reviews, recent, unread] = await Promise.all([
      this.progress.myUpdates(actor, null, today),
      reviewsWaitingIn(this.dataSource, actor.reviewerOfStrategyIds),
      this.inbox.list(actor.personId, RECENT),
      this.inbox.unreadCount(actor.personId),
    ]);
    return {
      today,
      owed: summariseOwed(owed, today),
      reviews,
      recentNotifications: recent.map(toNotificationModel),
      unreadNotificationCount: unread,
    };
  }
}
