import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ReportingPeriodAdminService } from '@waymark/api/progress/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { ReportingPeriodModel } from '../models/reporting-period.model';
import {
  CreateReportingPeriodInput,
  DeleteReportingPeriodInput,
  UpdateReportingPeriodInput,
} from './reporting-period.input';

/** Administrator set-up of a strategy's reporting periods (state changes live with the review workflow). */
@Resolver()
export class ReportingPeriodAdminResolver {
  constructor(private readonly periods: ReportingPeriodAdminService) {}

  @Mutation(() => ReportingPeriodModel)
  createReportingPeriod(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateReportingPeriodInput,
  ): Promise<ReportingPeriodModel> {
    return this.periods.create(actor, input);
  }

  @Mutation(() => ReportingPeriodModel)
  updateReportingPeriod(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateReportingPeriodInput,
  ): Promise<ReportingPeriodModel> {
    return this.periods.update(actor, input);
  }

  @Mutation(() => ReportingPeriodModel, {
    description: 'Deletes a period nothing refers to yet; answers the deleted period. Administrators.',
  })
  deleteReportingPeriod(
    @CurrentActor() actor: Actor,
    @Args('input') input: DeleteReportingPeriodInput,
  ): Promise<ReportingPeriodModel> {
    return this.periods.delete(actor, input);
  }
}
