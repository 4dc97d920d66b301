import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LifecycleStatus, Rag } from '@waymark/api/shared/util';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const NARRATIVE_MAX = 20_000;
const REASON_MAX = 4_000;

@InputType({
  description:
    "A delivery lead's proposed correction to their update of a signed-off period; a reviewer accepts or declines it.",
})
export class ProposeCorrectionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) updateId!: string;
  @Field({ description: 'Why the update needs correcting. Required.' })
  @IsString()
  @MaxLength(REASON_MAX, { message: 'must be 4,000 characters or fewer' })
  reason!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NARRATIVE_MAX, { message: 'must be 20,000 characters or fewer' })
  narrative?: string | null;
  @Field(() => Rag, { nullable: true }) @IsOptional() @IsEnum(Rag) proposedRag?: Rag | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be between 0 and 100' })
  @Max(100, { message: 'must be between 0 and 100' })
  percentComplete?: number | null;
  @Field(() => LifecycleStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LifecycleStatus)
  lifecycleStatus?: LifecycleStatus | null;
}

@InputType()
export class AcceptCorrectionProposalInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class DeclineCorrectionProposalInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ description: 'Why the correction is declined, for the lead. Required.' })
  @IsString()
  @MaxLength(REASON_MAX, { message: 'must be 4,000 characters or fewer' })
  reason!: string;
}
