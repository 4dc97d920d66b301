import { Args, Field, ID, InputType, Int, Query, Resolver } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Actor, badInput, CurrentActor } from '@waymark/api/shared/util';
import {
  OPTIONAL_COLUMNS,
  ReportOptionError,
  type BoardReport,
  type ChangesReport,
  type OptionalColumn,
} from '@waymark/shared/report-model';
import { ReportService } from './report.service';

/** The report model as JSON; its TypeScript shape is `BoardReport` / `ChangesReport` from @waymark/shared/report-model. */
export const ReportModelJSON = new GraphQLScalarType({
  name: 'ReportModelJSON',
  description: 'A report model (BoardReport or ChangesReport from @waymark/shared/report-model) as JSON.',
  serialize: (value) => value,
});

@InputType()
export class BoardReportInput {
  @Field(() => ID) @IsString() strategyId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() periodId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() themeIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: `Extra columns: ${OPTIONAL_COLUMNS.join(', ')}.` })
  @IsOptional()
  @IsIn(OPTIONAL_COLUMNS, { each: true })
  columns?: OptionalColumn[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() onlyExceptions?: boolean;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() includeIndicators?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Add the RAG trend section (counts and percentages per period and theme).',
  })
  @IsOptional()
  @IsBoolean()
  includeRagTrend?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(12) historyLength?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) introduction?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Include updates not yet accepted, marked. Accountable group and administrators only.',
  })
  @IsOptional()
  @IsBoolean()
  includeUnaccepted?: boolean;
  @Field(() => Int, {
    nullable: true,
    description: "A stored version of a signed-off period's report; the latest when absent.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@InputType()
export class ChangesReportInput {
  @Field(() => ID) @IsString() strategyId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() periodId?: string | null;
}

function asInputError<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (error instanceof ReportOptionError) throw badInput([{ field: `input.${error.field}`, message: error.message }]);
    throw error;
  });
}

@Resolver()
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => ReportModelJSON, { description: 'The board update report model, for the preview screen.' })
  boardReport(@CurrentActor() actor: Actor, @Args('input') input: BoardReportInput): Promise<BoardReport> {
    return asInputError(() => this.reports.boardModel(actor, input.strategyId, input, input.version ?? null));
  }

  @Query(() => ReportModelJSON, { description: 'The "changes since last period" report model.' })
  changesReport(@CurrentActor() actor: Actor, @Args('input') input: ChangesReportInput): Promise<ChangesReport> {
    return asInputError(() => this.reports.changesModel(actor, input.strategyId, input.periodId ?? null));
  }
}
