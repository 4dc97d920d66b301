import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { OPTIONAL_COLUMNS, type OptionalColumn } from '@waymark/shared/report-model';

@ObjectType('BoardReportSettings', {
  description:
    "A period's saved board report choices and cover report. When the period has none saved, the strategy's last saved settings (without the meeting date), marked by startedFromPeriodName, or empty values with version 0.",
})
export class BoardReportSettingsModel {
  @Field(() => ID, { nullable: true, description: 'Null until saved for this period.' }) id!: string | null;
  @Field(() => Int, { description: '0 until saved for this period.' }) version!: number;
  @Field(() => ID) periodId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The period these settings were copied from, when this one has none saved.',
  })
  startedFromPeriodName!: string | null;
  @Field(() => [String], { description: `Extra columns: ${OPTIONAL_COLUMNS.join(', ')}.` }) columns!: OptionalColumn[];
  @Field() onlyExceptions!: boolean;
  @Field() includeIndicators!: boolean;
  @Field(() => String, { nullable: true }) introduction!: string | null;
  @Field(() => String, { nullable: true, description: 'The committee or board the report goes to.' }) committee!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'ISO date of the meeting; printed as the report date.' })
  meetingOn!: string | null;
  @Field(() => String, { nullable: true }) author!: string | null;
  @Field(() => String, { nullable: true }) contactOfficer!: string | null;
  @Field(() => String, { nullable: true }) purpose!: string | null;
  @Field(() => [String]) recommendations!: string[];
  @Field(() => String, { nullable: true }) background!: string | null;
  @Field(() => String, { nullable: true, description: 'Heading of the unnumbered closing section.' }) closingHeading!:
    | string
    | null;
  @Field(() => String, {
    nullable: true,
    description: 'Text of the unnumbered closing section after the numbered ones.',
  })
  closing!: string | null;
}

@InputType()
export class BoardReportSettingsInput {
  @Field(() => ID) @IsUUID() strategyId!: string;
  @Field(() => ID) @IsUUID() periodId!: string;
}

@InputType({
  description: "Saves a period's board report settings and cover report (accountable group and administrators).",
})
export class SaveBoardReportSettingsInput {
  @Field(() => ID) @IsUUID() strategyId!: string;
  @Field(() => ID) @IsUUID() periodId!: string;
  @Field(() => Int, {
    nullable: true,
    description: '0 or absent for the first save of the period; then the version read.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  version?: number | null;
  @Field(() => [String]) @IsArray() @IsIn(OPTIONAL_COLUMNS, { each: true }) columns!: OptionalColumn[];
  @Field() @IsBoolean() onlyExceptions!: boolean;
  @Field() @IsBoolean() includeIndicators!: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) introduction?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) committee?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @Matches(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'must be a date as YYYY-MM-DD.' })
  meetingOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) author?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) contactOfficer?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) purpose?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  recommendations?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) background?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) closingHeading?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) closing?: string | null;
}
