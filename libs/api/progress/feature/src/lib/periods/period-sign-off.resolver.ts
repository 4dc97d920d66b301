import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { localDate } from '@waymark/shared/domain';
import { ProgressWriteService } from '@waymark/api/progress/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { ReportingPeriodModel } from '../models/reporting-period.model';
import { toReportingPeriodModel } from '../writes/progress-mappers';
import { PeriodSignOffModel, SignOffOutstandingKind } from './period-sign-off.models';
import { ReopenReportingPeriodInput } from './reopen-period.input';

const KIND: Record<string, SignOffOutstandingKind> = {
  submitted: SignOffOutstandingKind.Submitted,
  returned: SignOffOutstandingKind.Returned,
  draft: SignOffOutstandingKind.Draft,
  missing: SignOffOutstandingKind.Missing,
};

/** Sign-off as a checked step (what is outstanding, who signed off) and reopening a signed-off period. */
@Resolver()
export class PeriodSignOffResolver {
  constructor(private readonly writes: ProgressWriteService) {}

  @Query(() => PeriodSignOffModel, {
    description: "A period's sign-off and what is still outstanding in it. Accountable group or administrator.",
  })
  async periodSignOff(
    @Args('periodId', { type: () => ID }) periodId: string,
    @CurrentActor() actor: Actor,
  ): Promise<PeriodSignOffModel> {
    const status = await this.writes.periodSignOffStatus(actor, periodId, localDate(new Date(), actor.timeZone));
    return {
      ...status,
      signedOffAt: status.signedOffAt === null ? null : new Date(status.signedOffAt),
      outstanding: status.outstanding.map((item) => ({ ...item, kind: KIND[item.kind] })),
    };
  }

  @Mutation(() => ReportingPeriodModel, {
    description:
      'Reopens a signed-off period into review, with a reason (audited). Administrator or accountable group.',
  })
  async reopenReportingPeriod(
    @Args('input') input: ReopenReportingPeriodInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportingPeriodModel> {
    return toReportingPeriodModel(await this.writes.reopenPeriod(actor, input));
  }
}
