import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LifecycleStatus, Rag, ReviewState } from '@waymark/api/shared/util';

@ObjectType('ProgressUpdate', { description: "One action's update for one period, with its review." })
export class ProgressUpdateModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) actionId!: string;
  @Field(() => ID) periodId!: string;
  @Field() narrative!: string;
  @Field(() => Rag, { nullable: true, description: "The lead's proposed RAG." }) proposedRag!: Rag | null;
  @Field(() => Rag, { nullable: true, description: 'RAG set by the senior officer group, when it differs.' })
  validatedRag!: Rag | null;
  @Field(() => String, { nullable: true }) validationReason!: string | null;
  @Field(() => Rag, { nullable: true, description: 'validatedRag ?? proposedRag: what the board sees.' })
  effectiveRag!: Rag | null;
  @Field(() => Int, { nullable: true }) percentComplete!: number | null;
  @Field(() => LifecycleStatus, { nullable: true }) lifecycleStatus!: LifecycleStatus | null;
  @Field(() => ReviewState) reviewState!: ReviewState;
  @Field(() => String, { nullable: true }) reviewComment!: string | null;
  @Field(() => ID, { nullable: true }) reviewedById!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => ID, { nullable: true }) authorId!: string | null;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field(() => Int) correctionCount!: number;
  @Field(() => String, { nullable: true }) lastCorrectionReason!: string | null;
  @Field(() => Boolean, { description: 'Narrative unchanged from the previous period (copied forward).' })
  isStale!: boolean;
  @Field(() => Int) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}
