import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CorrectionService, type CorrectionProposalView } from '@waymark/api/progress/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import {
  AcceptCorrectionProposalInput,
  DeclineCorrectionProposalInput,
  ProposeCorrectionInput,
} from './correction.inputs';
import { CorrectionProposalModel } from './correction.models';

/** Corrections proposed by delivery leads to signed-off updates; reviewers accept (applied as a correction) or decline. */
@Resolver()
export class CorrectionResolver {
  constructor(private readonly corrections: CorrectionService) {}

  @Mutation(() => CorrectionProposalModel, {
    description:
      'Proposes a correction to an update of a signed-off period, with a reason. Delivery lead of the action.',
  })
  async proposeCorrection(
    @Args('input') input: ProposeCorrectionInput,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionProposalModel> {
    return this.one(await this.corrections.propose(actor, input));
  }

  @Mutation(() => CorrectionProposalModel, {
    description:
      "Accepts a proposed correction: applied as a correction with the lead's reason; the board report gets its next version. Reviewer.",
  })
  async acceptCorrectionProposal(
    @Args('input') input: AcceptCorrectionProposalInput,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionProposalModel> {
    return this.one(await this.corrections.accept(actor, input));
  }

  @Mutation(() => CorrectionProposalModel, {
    description: 'Declines a proposed correction with a reason; the update stays as signed off. Reviewer.',
  })
  async declineCorrectionProposal(
    @Args('input') input: DeclineCorrectionProposalInput,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionProposalModel> {
    return this.one(await this.corrections.decline(actor, input));
  }

  @Query(() => [CorrectionProposalModel], {
    description:
      "Corrections proposed to a period's updates, waiting ones first. Reviewers of the strategy and administrators see all; anyone else only the ones they proposed.",
  })
  async correctionProposals(
    @Args('periodId', { type: () => ID }) periodId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectionProposalModel[]> {
    return (await this.corrections.forPeriod(actor, periodId)).map(toModel);
  }

  /** The proposal as the period's list shows it: the write has checked access. */
  private async one(row: { readonly id: string }): Promise<CorrectionProposalModel> {
    return toModel(await this.corrections.byId(row.id));
  }
}

function toModel(view: CorrectionProposalView): CorrectionProposalModel {
  return view;
}
