import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CorrectionProposalState } from '@waymark/api/progress/data-access';
import { LifecycleStatus, Rag } from '@waymark/api/shared/util';

export { CorrectionProposalState };
registerEnumType(CorrectionProposalState, { name: 'CorrectionProposalState' });

@ObjectType('CorrectionProposal', {
  description:
    "A delivery lead's proposed correction to an update of a signed-off period, and what a reviewer decided.",
})
export class CorrectionProposalModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => CorrectionProposalState) state!: CorrectionProposalState;
  @Field(() => ID) updateId!: string;
  @Field(() => ID) actionId!: string;
  @Field() actionTitle!: string;
  @Field(() => ID) periodId!: string;
  @Field() reason!: string;
  @Field(() => String, { nullable: true, description: 'The narrative proposed, when it changes.' }) narrative!:
    | string
    | null;
  @Field(() => Rag, { nullable: true }) proposedRag!: Rag | null;
  @Field(() => Int, { nullable: true }) percentComplete!: number | null;
  @Field(() => LifecycleStatus, { nullable: true }) lifecycleStatus!: LifecycleStatus | null;
  @Field(() => String, { nullable: true }) proposedByName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
}
