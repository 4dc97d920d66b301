import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeriodState } from '@waymark/api/shared/util';
import type { ReportingPeriod } from '@waymark/shared/domain';

@ObjectType('ReportingPeriod', { description: 'A quarter (or other cadence) of a strategy, with its update deadline.' })
export class ReportingPeriodModel implements ReportingPeriod {
  @Field(() => ID) id!: string;
  @Field(() => ID) strategyId!: string;
  @Field() name!: string;
  @Field({ description: 'ISO date' }) startsOn!: string;
  @Field({ description: 'ISO date' }) endsOn!: string;
  @Field({ description: 'ISO date' }) updateDeadline!: string;
  @Field(() => PeriodState) state!: PeriodState;
  @Field(() => Date, { nullable: true }) signedOffAt!: Date | null;
  @Field(() => ID, { nullable: true }) signedOffById!: string | null;
  @Field(() => Int) version!: number;
}
