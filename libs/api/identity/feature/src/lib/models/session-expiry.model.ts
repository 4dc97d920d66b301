import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SessionExpiry', {
  description: 'When the caller’s session ends, for the timeout warning (seconds, so client clocks do not matter).',
})
export class SessionExpiryModel {
  @Field(() => Int, { description: 'Seconds until the session ends if nothing else happens.' }) secondsLeft!: number;
  @Field(() => Int, { description: 'How many seconds before the end to warn: 120, or half of a shorter idle timeout.' })
  warnSeconds!: number;
  @Field({ description: 'False when the absolute session limit ends it first, so staying signed in cannot add time.' })
  extendable!: boolean;
}
