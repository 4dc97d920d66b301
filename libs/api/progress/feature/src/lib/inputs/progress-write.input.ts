import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LifecycleStatus, PeriodState, Rag } from '@waymark/api/shared/util';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const NARRATIVE_MAX = 20_000;
const COMMENT_MAX = 4_000;

@InputType({
  description: 'Creates the update of an action for a period, or edits it while it is a draft or returned.',
})
export class SaveProgressUpdateInput {
  @Field(() => ID) @IsUUID() actionId!: string;
  @Field(() => ID) @IsUUID() periodId!: string;
  @Field(() => Int, { nullable: true, description: 'Required when editing an existing update.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
  @Field() @IsString() @MaxLength(NARRATIVE_MAX) narrative!: string;
  @Field(() => Rag, { nullable: true, description: 'Required while the action is in progress or ongoing.' })
  @IsOptional()
  @IsEnum(Rag)
  proposedRag?: Rag | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) percentComplete?: number | null;
  @Field(() => LifecycleStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LifecycleStatus)
  lifecycleStatus?: LifecycleStatus | null;
}

@InputType()
export class SubmitProgressUpdateInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType({
  description: 'Takes back a submitted update that no reviewer has looked at yet; it becomes a draft again.',
})
export class WithdrawProgressUpdateInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class AcceptProgressUpdateInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(COMMENT_MAX) comment?: string | null;
}

@InputType({ description: 'One update as the reviewer saw it: its id and the version on their page.' })
export class UpdateVersionInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType({ description: 'Submitted updates to accept together, each with the version the reviewer saw.' })
export class AcceptProgressUpdatesInput {
  @Field(() => [UpdateVersionInput])
  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => UpdateVersionInput)
  updates!: UpdateVersionInput[];
}

@InputType()
export class ReturnProgressUpdateInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ description: 'What the lead needs to change. Required.' })
  @IsString()
  @MaxLength(COMMENT_MAX)
  comment!: string;
}

@InputType()
export class ValidateRagInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => Rag, { nullable: true, description: 'Null clears the validation (the proposed RAG stands).' })
  @IsOptional()
  @IsEnum(Rag)
  validatedRag!: Rag | null;
  @Field(() => String, {
    nullable: true,
    description: 'Required when the validated RAG differs from the proposed one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(COMMENT_MAX)
  reason?: string | null;
}

@InputType()
export class CorrectProgressUpdateInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ description: 'Why the signed-off update is being corrected. Required.' })
  @IsString()
  @MaxLength(COMMENT_MAX)
  reason!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NARRATIVE_MAX) narrative?:
    | string
    | null;
  @Field(() => Rag, { nullable: true }) @IsOptional() @IsEnum(Rag) proposedRag?: Rag | null;
  @Field(() => Rag, { nullable: true }) @IsOptional() @IsEnum(Rag) validatedRag?: Rag | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) percentComplete?: number | null;
  @Field(() => LifecycleStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LifecycleStatus)
  lifecycleStatus?: LifecycleStatus | null;
}

@InputType()
export class SetPeriodStateInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => PeriodState) @IsEnum(PeriodState) state!: PeriodState;
}

@InputType()
export class WriteThemeCommentaryInput {
  @Field(() => ID) @IsUUID() themeId!: string;
  @Field(() => ID) @IsUUID() periodId!: string;
  @Field() @IsString() @MaxLength(NARRATIVE_MAX) body!: string;
  @Field(() => Int, { nullable: true, description: 'Defaults to after the last paragraph.' })
  @IsOptional()
  @IsInt()
  sortOrder?: number | null;
}

@InputType()
export class UpdateThemeCommentaryInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(NARRATIVE_MAX) body?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sortOrder?: number | null;
}

@InputType()
export class ArchiveThemeCommentaryInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}
