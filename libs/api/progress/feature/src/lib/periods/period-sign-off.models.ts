import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PeriodState } from '@waymark/api/shared/util';

export enum SignOffOutstandingKind {
  Submitted = 'submitted',
  Returned = 'returned',
  Draft = 'draft',
  Missing = 'missing',
}
registerEnumType(SignOffOutstandingKind, {
  name: 'SignOffOutstandingKind',
  description: 'Submitted but not reviewed, returned to its lead, still a draft, or no update at all.',
});

@ObjectType('SignOffOutstandingItem', {
  description: 'An action whose update is not accepted yet, and what sign-off will do to it.',
})
export class SignOffOutstandingItemModel {
  @Field(() => ID) actionId!: string;
  @Field({ description: 'The action\'s number as the board report shows it, e.g. "1.2 ii)".' }) reference!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Lead organisation (person).' }) lead!: string | null;
  @Field(() => SignOffOutstandingKind) kind!: SignOffOutstandingKind;
  @Field({ description: 'What signing off does to it, in words.' }) consequence!: string;
}

@ObjectType('PeriodSignOff', {
  description: "A period's sign-off: who signed it off and when, and what is still outstanding in it.",
})
export class PeriodSignOffModel {
  @Field(() => ID) periodId!: string;
  @Field() name!: string;
  @Field(() => PeriodState) state!: PeriodState;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) signedOffAt!: Date | null;
  @Field(() => String, { nullable: true }) signedOffByName!: string | null;
  @Field(() => [SignOffOutstandingItemModel], {
    description: 'In report order; empty when every update owed is accepted.',
  })
  outstanding!: SignOffOutstandingItemModel[];
}
