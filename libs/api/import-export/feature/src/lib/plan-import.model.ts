import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

@InputType({
  description: 'A new strategy to import into: title and years, e.g. 2017 to 2020 (1 April 2017 – 31 March 2020).',
})
export class NewStrategyInput {
  @Field() @IsString() @MaxLength(300) title!: string;
  @Field(() => Int) @IsInt() @Min(1990) @Max(2100) startYear!: number;
  @Field(() => Int) @IsInt() @Min(1991) @Max(2110) endYear!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'The group the strategy answers to (usually the senior officer group). Left out: the partnership’s only, or first, senior officer group.',
  })
  @IsOptional()
  @IsUUID()
  accountableGroupId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Create a reporting period for every quarter of the strategy’s years, not only the periods the file names.',
  })
  @IsOptional()
  @IsBoolean()
  everyQuarter?: boolean | null;
}

@InputType({
  description:
    'A plan spreadsheet (.xlsx or .csv), uploaded first, and the strategy to import it into: an existing one or a new one.',
})
export class PlanImportInput {
  @Field({
    description:
      'The id `POST /api/import/uploads` answered for the file (kept for an hour, for the person who uploaded it).',
  })
  @IsUUID()
  uploadId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID() strategyId?: string | null;
  @Field(() => NewStrategyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewStrategyInput)
  newStrategy?: NewStrategyInput | null;
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
  @Field(() => Int, {
    nullable: true,
    description: 'Row as Excel numbers it (header = row 1); null for the whole file.',
  })
  row!: number | null;
  @Field(() => String, { nullable: true, description: 'Column header.' }) column!: string | null;
  @Field(() => String, { nullable: true, description: 'Column letter, e.g. "G".' }) columnLetter!: string | null;
  @Field() message!: string;
}

@ObjectType('PlanImportAccountableGroup', {
  description: 'The group a new strategy will answer to, and why it was chosen.',
})
export class PlanImportAccountableGroupModel {
  @Field(() => String, { nullable: true, description: 'Null when the partnership has no senior officer group yet.' })
  id!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field({
    description: 'Which group and why, e.g. "Community Safety SOG, the partnership’s only senior officer group."',
  })
  note!: string;
}

@ObjectType('PlanImportSampleUpdate')
export class PlanImportSampleUpdateModel {
  @Field() period!: string;
  @Field(() => String, { nullable: true, description: 'red, amber or green.' }) rag!: string | null;
  @Field() progress!: string;
}

@ObjectType('PlanImportSampleRow', { description: 'One action as the import will store it.' })
export class PlanImportSampleRowModel {
  @Field(() => Int, { description: 'Its first spreadsheet row.' }) row!: number;
  @Field({ description: 'create, update or unchanged.' }) operation!: string;
  @Field(() => String, { nullable: true }) ref!: string | null;
  @Field() theme!: string;
  @Field(() => String, { nullable: true }) objective!: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) leadOrganisation!: string | null;
  @Field(() => String, { nullable: true }) leadOfficer!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) dueDate!: string | null;
  @Field(() => [PlanImportSampleUpdateModel]) updates!: PlanImportSampleUpdateModel[];
}

@ObjectType('PlanImportPreview', { description: 'The dry run (or, after apply, the result) of a plan import.' })
export class PlanImportPreviewModel {
  @Field() fileName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'How a CSV’s text was read, e.g. "Windows-1252 (Excel on Windows)"; null for an .xlsx.',
  })
  encoding!: string | null;
  @Field(() => Int, { description: 'Row of the column headings, as the file numbers it.' }) headerRowNumber!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Says which rows above the headings (a title) were skipped; null when the headings are on row 1.',
  })
  headerNote!: string | null;
  @Field(() => PlanImportAccountableGroupModel, {
    nullable: true,
    description: 'A new strategy’s accountable group; null for an existing strategy.',
  })
  accountableGroup!: PlanImportAccountableGroupModel | null;
  @Field(() => String, { nullable: true, description: 'With everyQuarter: how many periods that creates.' })
  periodsNote!: string | null;
  @Field(() => [PlanImportSampleRowModel], { description: 'The first ten actions as they will be stored.' })
  sample!: PlanImportSampleRowModel[];
  @Field(() => String, { nullable: true, description: 'Null in the preview of an import into a new strategy.' })
  strategyId!: string | null;
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
