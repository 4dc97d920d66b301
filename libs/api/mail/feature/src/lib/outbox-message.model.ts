import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OutboxStatusValue {
  Queued = 'queued',
  Sending = 'sending',
  Sent = 'sent',
  Failed = 'failed',
}
registerEnumType(OutboxStatusValue, { name: 'OutboxStatus', description: 'Where an e-mail is in its delivery.' });

@ObjectType('OutboxMessage', {
  description: 'An e-mail Waymark queued, with its delivery state (administrators only).',
})
export class OutboxMessageModel {
  @Field(() => ID) id!: string;
  @Field() recipient!: string;
  @Field() subject!: string;
  @Field({ description: 'The plain-text body.' }) textBody!: string;
  @Field(() => OutboxStatusValue) status!: OutboxStatusValue;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}
