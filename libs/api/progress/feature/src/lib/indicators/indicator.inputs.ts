import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  IndicatorMove,
  INDICATOR_NAME_MAX,
  INDICATOR_NOTE_MAX,
  INDICATOR_UNIT_MAX,
} from '@waymark/api/progress/data-access';
import { IndicatorDirection } from '@waymark/api/shared/util';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Indicator figures: finite, and within what a numeric column and a chart can sensibly hold. */
const NUMBER_LIMIT = 1e15;
const finite = { allowNaN: false, allowInfinity: false };
const finiteMessage = { message: 'must be a finite number' };
const rangeMessage = {
  message: `must be between -${NUMBER_LIMIT.toExponential()} and ${NUMBER_LIMIT.toExponential()}`,
};
const idMessage = { message: 'must be a valid id' };
const versionMessage = { message: 'must be a whole number' };

@InputType('CreateIndicatorInput')
export class CreateIndicatorInput {
  @Field(() => ID) @IsUUID('all', idMessage) strategyId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Attach to one objective of the strategy; null for the whole strategy.',
  })
  @IsOptional()
  @IsUUID('all', idMessage)
  objectiveId?: string | null;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the indicator name' })
  @MaxLength(INDICATOR_NAME_MAX, { message: `must be ${INDICATOR_NAME_MAX} characters or fewer` })
  name!: string;
  @Field({ nullable: true, description: 'e.g. "%", "reports"; empty when the figure is a plain count.' })
  @IsOptional()
  @IsString()
  @MaxLength(INDICATOR_UNIT_MAX, { message: `must be ${INDICATOR_UNIT_MAX} characters or fewer` })
  unit?: string;
  @Field(() => IndicatorDirection)
  @IsEnum(IndicatorDirection, { message: 'Choose whether higher or lower is better' })
  direction!: IndicatorDirection;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite, finiteMessage)
  @Min(-NUMBER_LIMIT, rangeMessage)
  @Max(NUMBER_LIMIT, rangeMessage)
  baseline?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite, finiteMessage)
  @Min(-NUMBER_LIMIT, rangeMessage)
  @Max(NUMBER_LIMIT, rangeMessage)
  target?: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "How far short of the target (in the indicator's unit) a value still counts as within tolerance; 0 or more.",
  })
  @IsOptional()
  @IsNumber(finite, finiteMessage)
  @Min(0, { message: 'must be 0 or more' })
  @Max(NUMBER_LIMIT, rangeMessage)
  tolerance?: number | null;
}

@InputType('UpdateIndicatorInput', {
  description: 'Fields left out keep their value; baseline, target, tolerance or objectiveId null clears them.',
})
export class UpdateIndicatorInput {
  @Field(() => ID) @IsUUID('all', idMessage) id!: string;
  @Field(() => Int, { description: 'The version you last loaded; a stale version is refused with CONFLICT.' })
  @IsInt(versionMessage)
  @Min(1, { message: 'must be 1 or more' })
  version!: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', idMessage) objectiveId?: string | null;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the indicator name' })
  @MaxLength(INDICATOR_NAME_MAX, { message: `must be ${INDICATOR_NAME_MAX} characters or fewer` })
  name?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(INDICATOR_UNIT_MAX, { message: `must be ${INDICATOR_UNIT_MAX} characters or fewer` })
  unit?: string;
  @Field(() => IndicatorDirection, { nullable: true })
  @IsOptional()
  @IsEnum(IndicatorDirection, { message: 'Choose whether higher or lower is better' })
  direction?: IndicatorDirection;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite, finiteMessage)
  @Min(-NUMBER_LIMIT, rangeMessage)
  @Max(NUMBER_LIMIT, rangeMessage)
  baseline?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite, finiteMessage)
  @Min(-NUMBER_LIMIT, rangeMessage)
  @Max(NUMBER_LIMIT, rangeMessage)
  target?: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "How far short of the target (in the indicator's unit) a value still counts as within tolerance; 0 or more.",
  })
  @IsOptional()
  @IsNumber(finite, finiteMessage)
  @Min(0, { message: 'must be 0 or more' })
  @Max(NUMBER_LIMIT, rangeMessage)
  tolerance?: number | null;
}

@InputType('ReorderIndicatorsInput')
export class ReorderIndicatorsInput {
  @Field(() => ID) @IsUUID('all', idMessage) strategyId!: string;
  @Field(() => [ID], { description: 'Every live indicator of the strategy, in the new order.' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'each value must be a valid id' })
  orderedIds!: string[];
}

@InputType('RecordIndicatorValueInput', {
  description: 'Creates the value of an indicator for a period, or updates it (pass the version you last loaded).',
})
export class RecordIndicatorValueInput {
  @Field(() => ID) @IsUUID('all', idMessage) indicatorId!: string;
  @Field(() => ID) @IsUUID('all', idMessage) periodId!: string;
  @Field(() => Float)
  @IsNumber(finite, finiteMessage)
  @Min(-NUMBER_LIMIT, rangeMessage)
  @Max(NUMBER_LIMIT, rangeMessage)
  value!: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(INDICATOR_NOTE_MAX, { message: `must be ${INDICATOR_NOTE_MAX} characters or fewer` })
  note?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required when the value already exists.' })
  @IsOptional()
  @IsInt(versionMessage)
  version?: number | null;
}

registerEnumType(IndicatorMove, { name: 'IndicatorMove' });

@InputType('MoveIndicatorInput', {
  description: "Moves an indicator one place up or down among its strategy's live indicators.",
})
export class MoveIndicatorInput {
  @Field(() => ID) @IsUUID('all', idMessage) id!: string;
  @Field(() => Int, { description: 'The version you last loaded; a stale version is refused with CONFLICT.' })
  @IsInt(versionMessage)
  @Min(1, { message: 'must be 1 or more' })
  version!: number;
  @Field(() => IndicatorMove) @IsEnum(IndicatorMove, { message: 'Choose up or down' }) direction!: IndicatorMove;
}
