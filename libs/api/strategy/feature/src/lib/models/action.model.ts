import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProgressUpdateModel } from '@waymark/api/progress/feature';
import { LifecycleStatus } from '@waymark/api/shared/util';

@ObjectType('OrganisationRef', { description: 'A partner organisation named on an action.' })
export class OrganisationRefModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
}

@ObjectType('Action', {
  description: 'An action, numbered i), ii)… within its objective (or its theme when there is no objective level).',
})
export class ActionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) strategyId!: string;
  @Field(() => ID) themeId!: string;
  @Field(() => ID, { nullable: true }) objectiveId!: string | null;
  @Field(() => String, { nullable: true, description: 'Optional reference from the source plan.' }) ref!: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { description: 'Position within its parent (derived).' }) number!: number;
  @Field({ description: 'Derived label: "i)", "ii)"…' }) numberLabel!: string;
  @Field(() => ID, { nullable: true }) leadOrganisationId!: string | null;
  @Field(() => String, { nullable: true }) leadOrganisationName!: string | null;
  @Field(() => ID, { nullable: true }) leadPersonId!: string | null;
  @Field(() => String, { nullable: true }) leadPersonName!: string | null;
  @Field(() => ID, { nullable: true }) deliveryGroupId!: string | null;
  @Field(() => String, { nullable: true }) deliveryGroupName!: string | null;
  @Field(() => [OrganisationRefModel]) supportingOrganisations!: OrganisationRefModel[];
  @Field(() => String, { nullable: true, description: 'ISO date' }) startsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date: the first due date, kept when rescheduled.' })
  originalDueOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) currentDueOn!: string | null;
  @Field(() => Int, { description: 'How many times the due date moved.' }) rescheduleCount!: number;
  @Field(() => LifecycleStatus) lifecycleStatus!: LifecycleStatus;
  @Field({ description: 'Due date passed and not complete, cancelled or ongoing.' }) isOverdue!: boolean;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  @Field(() => [ProgressUpdateModel], { description: 'Updates for every period, in period order.' })
  updates!: ProgressUpdateModel[];
  @Field(() => ProgressUpdateModel, { nullable: true }) latestUpdate!: ProgressUpdateModel | null;
  @Field(() => ProgressUpdateModel, { nullable: true, description: 'The update before the latest one.' })
  previousUpdate!: ProgressUpdateModel | null;
}
