import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NotificationModel } from '../inbox/notification.model';

@ObjectType('OwedPeriod', { description: 'What the signed-in person owes in one strategy’s current period.' })
export class OwedPeriodModel {
  @Field(() => ID) strategyId!: string;
  @Field() strategyTitle!: string;
  @Field(() => ID) periodId!: string;
  @Field() periodName!: string;
  @Field({ description: 'The update deadline (ISO date).' }) deadline!: string;
  @Field({ description: 'The deadline in words, e.g. due in 3 days, due today, 2 days overdue.' })
  deadlineInWords!: string;
  @Field(() => Int, { description: 'Negative once the deadline has passed.' }) daysUntilDeadline!: number;
  @Field(() => Int, { description: 'Updates still to submit: not started, draft or returned.' }) owed!: number;
  @Field(() => Int) notStarted!: number;
  @Field(() => Int) drafts!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int, { description: 'Submitted, waiting for review.' }) submitted!: number;
  @Field(() => Int) accepted!: number;
  @Field({ description: 'Past the deadline with updates still owed.' }) isOverdue!: boolean;
}

@ObjectType('ReviewWaiting', {
  description: 'Submitted updates waiting for the signed-in person’s review in one strategy’s period.',
})
export class ReviewWaitingModel {
  @Field(() => ID) strategyId!: string;
  @Field() strategyTitle!: string;
  @Field(() => ID) periodId!: string;
  @Field() periodName!: string;
  @Field({ description: 'The period’s update deadline (ISO date).' }) updateDeadline!: string;
  @Field(() => Int) waiting!: number;
}

@ObjectType('HomeSummary', {
  description: 'The signed-in person’s start page: what they owe, what waits for their review, recent notifications.',
})
export class HomeSummaryModel {
  @Field({ description: 'Today (ISO date) as the deadlines are counted.' }) today!: string;
  @Field(() => [OwedPeriodModel]) owed!: OwedPeriodModel[];
  @Field(() => [ReviewWaitingModel]) reviews!: ReviewWaitingModel[];
  @Field(() => [NotificationModel]) recentNotifications!: NotificationModel[];
  @Field(() => Int) unreadNotificationCount!: number;
}
