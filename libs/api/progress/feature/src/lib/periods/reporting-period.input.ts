import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: 'must be a date in the form YYYY-MM-DD' };

@InputType('CreateReportingPeriodInput')
export class CreateReportingPeriodInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) strategyId!: string;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the period name, e.g. "Quarter 1 2018/19"' })
  @MaxLength(100, { message: 'must be 100 characters or fewer' })
  name!: string;
  @Field({ description: 'ISO date' })
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  startsOn!: string;
  @Field({ description: 'ISO date' })
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  endsOn!: string;
  @Field({ description: 'ISO date' })
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  updateDeadline!: string;
}

@InputType('UpdateReportingPeriodInput')
export class UpdateReportingPeriodInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) id!: string;
  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the period name' })
  @MaxLength(100, { message: 'must be 100 characters or fewer' })
  name?: string;
  @Field({ nullable: true, description: 'ISO date' })
  @IsOptional()
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  startsOn?: string;
  @Field({ nullable: true, description: 'ISO date' })
  @IsOptional()
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  endsOn?: string;
  @Field({ nullable: true, description: 'ISO date' })
  @IsOptional()
  @Matches(ISO_DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  updateDeadline?: string;
}

@InputType('DeleteReportingPeriodInput', {
  description: 'Deletes a period nothing refers to yet (no updates, commentary, indicator values or frozen report).',
})
export class DeleteReportingPeriodInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) id!: string;
  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  version!: number;
}
