import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorDirection } from '@waymark/api/shared/util';

@ObjectType('IndicatorValue', { description: 'The value of a performance indicator for one reporting period.' })
export class IndicatorValueModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => ID) periodId!: string;
  @Field({ description: 'Name of the reporting period, e.g. "2024/25 Q1".' }) periodName!: string;
  @Field(() => Float) value!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('Indicator', {
  description: 'A performance indicator of a strategy (optionally of one objective) with its values per period.',
})
export class IndicatorModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) strategyId!: string;
  @Field(() => ID, { nullable: true }) objectiveId!: string | null;
  @Field() name!: string;
  @Field({ description: 'e.g. "%", "reports", "days"; may be empty.' }) unit!: string;
  @Field(() => IndicatorDirection) direction!: IndicatorDirection;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "How far short of the target (in the indicator's unit) a value is still within tolerance; null is none.",
  })
  tolerance!: number | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => [IndicatorValueModel], { description: 'In reporting-period order.' }) values!: IndicatorValueModel[];
}
