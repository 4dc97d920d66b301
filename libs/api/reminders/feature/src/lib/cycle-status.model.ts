import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@ObjectType('CycleOwedAction', { description: 'An action whose update is still owed this period.' })
export class CycleOwedActionModel {
  @Field(() => ID) actionId!: string;
  @Field(() => String, { nullable: true }) ref!: string | null;
  @Field() title!: string;
  @Field({ description: 'missing, draft or returned.' }) updateState!: string;
}

@ObjectType('CyclePerson', {
  description: "A lead officer of the period's actions: what they owe and whether reminders reach them.",
})
export class CyclePersonModel {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field() email!: string;
  @Field() remindersPaused!: boolean;
  @Field({ description: 'False when archived, deactivated or without an address Waymark can write to.' })
  reachable!: boolean;
  @Field(() => Int, { description: 'Updates submitted or accepted.' }) submitted!: number;
  @Field(() => [CycleOwedActionModel]) owed!: CycleOwedActionModel[];
}

@ObjectType('CycleMessage', {
  description: 'A reminder, chaser or escalation sent for the period, with its delivery status.',
})
export class CycleMessageModel {
  @Field(() => ID) deliveryId!: string;
  @Field({ description: 'reminder, chaser, second_chaser, escalation or manual.' }) step!: string;
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) recipient!: string | null;
  @Field(() => Int) actionCount!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The administrator who sent it now; null when sent on schedule.' })
  sentById!: string | null;
  @Field(() => String, { nullable: true, description: 'queued, sending, sent or failed (from the outbox).' })
  deliveryStatus!: string | null;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, {
    nullable: true,
    description: "The mail server's refusal (a bounce) while retried or once failed.",
  })
  lastError!: string | null;
}

@ObjectType('CycleStatus', { description: 'Who owes what in a period, and what was sent to whom. Administrator.' })
export class CycleStatusModel {
  @Field(() => ID) periodId!: string;
  @Field() periodName!: string;
  @Field(() => ID) strategyId!: string;
  @Field() strategyTitle!: string;
  @Field() updateDeadline!: string;
  @Field() state!: string;
  @Field({ description: "Today's date in the partnership's time zone." }) today!: string;
  @Field() timeZone!: string;
  @Field(() => [CyclePersonModel]) people!: CyclePersonModel[];
  @Field(() => [CycleOwedActionModel], {
    description: 'Owed actions with no lead officer: nobody is reminded of them.',
  })
  withoutLead!: CycleOwedActionModel[];
  @Field(() => [CycleMessageModel]) messages!: CycleMessageModel[];
}

@InputType('SendReminderNowInput')
export class SendReminderNowInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) periodId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) personId!: string;
}

@ObjectType('ManualReminder')
export class ManualReminderModel {
  @Field(() => ID) deliveryId!: string;
  @Field() recipient!: string;
  @Field(() => Int) actionCount!: number;
}

@InputType('SetRemindersPausedInput')
export class SetRemindersPausedInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) personId!: string;
  @Field({ description: 'True pauses scheduled reminders and chasers (e.g. while on leave); false resumes them.' })
  @IsBoolean()
  paused!: boolean;
}

@ObjectType('PersonReminderState')
export class PersonReminderStateModel {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field() remindersPaused!: boolean;
}
