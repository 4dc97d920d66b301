import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ReportingCadence } from '@waymark/api/shared/util';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsId, IsIsoDate } from './validators';

@InputType('RagDefinitionsInput', { description: 'Leave a colour out to keep its current (or default) meaning.' })
export class RagDefinitionsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be 500 characters or fewer' })
  red?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be 500 characters or fewer' })
  amber?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be 500 characters or fewer' })
  green?: string | null;
}

@InputType('StrategyFieldsInput', { isAbstract: true })
abstract class StrategyOptionalFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'must be 60 characters or fewer' })
  shortTitle?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'must be 10,000 characters or fewer' })
  description?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'must be 10,000 characters or fewer' })
  vision?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) principles?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() parentStrategyId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() accountableGroupId?: string | null;
  @Field(() => ReportingCadence, { nullable: true })
  @IsOptional()
  @IsEnum(ReportingCadence, { message: 'Choose a reporting cadence' })
  reportingCadence?: ReportingCadence;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the label of the theme level' })
  @MaxLength(60, { message: 'must be 60 characters or fewer' })
  themeLabel?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the label of the objective level' })
  @MaxLength(60, { message: 'must be 60 characters or fewer' })
  objectiveLabel?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the label of the action level' })
  @MaxLength(60, { message: 'must be 60 characters or fewer' })
  actionLabel?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() hasObjectiveLevel?: boolean;
  @Field(() => RagDefinitionsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RagDefinitionsInput)
  ragDefinitions?: RagDefinitionsInput | null;
}

@InputType('CreateStrategyInput')
export class CreateStrategyInput extends StrategyOptionalFields {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the strategy title' })
  @MaxLength(300, { message: 'must be 300 characters or fewer' })
  title!: string;
  @Field({ description: 'ISO date' }) @IsIsoDate() startsOn!: string;
  @Field({ description: 'ISO date' }) @IsIsoDate() endsOn!: string;
}

@InputType('UpdateStrategyInput')
export class UpdateStrategyInput extends StrategyOptionalFields {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the strategy title' })
  @MaxLength(300, { message: 'must be 300 characters or fewer' })
  title?: string;
  @Field({ nullable: true, description: 'ISO date' }) @IsOptional() @IsIsoDate() startsOn?: string;
  @Field({ nullable: true, description: 'ISO date' }) @IsOptional() @IsIsoDate() endsOn?: string;
}
