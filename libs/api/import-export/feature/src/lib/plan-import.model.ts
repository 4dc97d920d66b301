import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

@InputType({ description: 'A new strategy to import into: title and years, e.g. 2017 to 2020 (1 April 2017 – 31 March 2020).' })
export class NewStrategyInput {
  @Field() @IsString() @MaxLength(300) title!: string;
  @Field(() => Int) @IsInt() @Min(1990) @Max(2100) startYear!: number;
  @Field(() => Int) @IsInt() @Min(1991) @Max(2110) endYear!: number;
}

@InputType({ description: 'A plan spreadsheet (.xlsx or .csv), uploaded first, and the strategy to import it into: an existing one or a new one.' })
export class PlanImportInput {
  @Field({ description: 'The id `POST /api/import/uploads` answered for the file (kept for an hour, for the person who uploaded it).' })
  @IsUUID()
  uploadId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() strategyId?: string | null;
  @Field(() => NewStrategyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => NewStrategyInput) newStrategy?: NewStrategyInput | null;
}

@ObjectType('PlanImportColumn', { description: 'A spreadsheet column matched to a template column.' })
export class PlanImportColumnModel {
  @Field() letter!: string;
  @Field() header!: string;
  @Field({ description: 'Template field, e.g. dueDate.' }) field!: string;
}

@ObjectType('PlanImportIgnoredColumn')
export class PlanImportIgnoredColumnModel {
  @Field() letter!: string;
  @Field() header!: string;
  @Field() reason!: string;
}

@ObjectType('PlanImportCount', { description: 'What the import does to one kind of record.' })
export class PlanImportCountModel {
  @Field({ description: 'theme, objective, action, organisation, group, person, period or update.' }) entity!: string;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType('PlanImportChange', { description: 'One record the import creates, updates or leaves unchanged.' })
export class PlanImportChangeModel {
  @Field() entity!: string;
  @Field({ description: 'create, update or unchanged.' }) operation!: string;
  @Field() label!: string;
  @Field(() => [Int], { description: 'Spreadsheet rows (header = row 1).' }) rows!: number[];
  @Field(() => [String], { description: 'Fields that change (updates only).' }) fields!: string[];
}

@ObjectType('PlanImportProblem', { description: 'A problem that stops the import, where the user can find it.' })
export class PlanImportProblemModel {
  @Field(() => Int, { nullable: true, description: 'Row as Excel numbers it (header = row 1); null for the whole file.' }) row!: number | null;
  @Field(() => String, { nullable: true, description: 'Column header.' }) column!: string | null;
  @Field(() => String, { nullable: true, description: 'Column letter, e.g. "G".' }) columnLetter!: string | null;
  @Field() message!: string;
}

@ObjectType('PlanImportPreview', { description: 'The dry run (or, after apply, the result) of a plan import.' })
export class PlanImportPreviewModel {
  @Field() fileName!: string;
  @Field(() => String, { nullable: true, description: 'Null in the preview of an import into a new strategy.' }) strategyId!: string | null;
  @Field() strategyTitle!: string;
  @Field() newStrategy!: boolean;
  @Field(() => Int) rowsRead!: number;
  @Field(() => [PlanImportColumnModel]) columns!: PlanImportColumnModel[];
  @Field(() => [PlanImportIgnoredColumnModel]) ignoredColumns!: PlanImportIgnoredColumnModel[];
  @Field(() => [PlanImportCountModel]) counts!: PlanImportCountModel[];
  @Field(() => [PlanImportChangeModel]) changes!: PlanImportChangeModel[];
  @Field(() => [PlanImportProblemModel]) problems!: PlanImportProblemModel[];
  @Field({ description: 'True when there are no problems.' }) canApply!: boolean;
  @Field() applied!: boolean;
}
