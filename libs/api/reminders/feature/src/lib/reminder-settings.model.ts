import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsUUID } from 'class-validator';

@ObjectType('ReminderSettings', {
  description: "A strategy's reminders, chasers and escalation, relative to each period's update deadline.",
})
export class ReminderSettingsModel {
  @Field(() => ID) strategyId!: string;
  @Field({ description: 'Send a reminder before the deadline.' }) reminderEnabled!: boolean;
  @Field(() => Int, { description: 'Days before the deadline the reminder goes (default 7).' })
  reminderDaysBefore!: number;
  @Field({ description: 'Chase on the deadline day and again `chaserDaysAfter` days after it.' })
  chaserEnabled!: boolean;
  @Field(() => Int, { description: 'Days after the deadline for the second chaser (default 3).' })
  chaserDaysAfter!: number;
  @Field({ description: "Escalate to the delivery group's chair and the accountable group." })
  escalationEnabled!: boolean;
  @Field(() => Int, { description: 'Days after the deadline for escalation (default 7); after the second chaser.' })
  escalationDaysAfter!: number;
  @Field(() => Int, { description: '1 while the defaults apply.' }) version!: number;
}

@InputType('UpdateReminderSettingsInput')
export class UpdateReminderSettingsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) strategyId!: string;
  @Field(() => Int) @IsInt({ message: 'must be a whole number' }) version!: number;
  @Field() @IsBoolean() reminderEnabled!: boolean;
  @Field(() => Int) @IsInt({ message: 'must be a whole number of days' }) reminderDaysBefore!: number;
  @Field() @IsBoolean() chaserEnabled!: boolean;
  @Field(() => Int) @IsInt({ message: 'must be a whole number of days' }) chaserDaysAfter!: number;
  @Field() @IsBoolean() escalationEnabled!: boolean;
  @Field(() => Int) @IsInt({ message: 'must be a whole number of days' }) escalationDaysAfter!: number;
}
