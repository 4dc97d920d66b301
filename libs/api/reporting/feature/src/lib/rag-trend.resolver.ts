import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import type { RagTrend } from '@waymark/shared/report-model';
import { RagTrendModel } from './rag-trend.model';
import { ReportService } from './report.service';

@Resolver()
export class RagTrendResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => RagTrendModel, {
    description:
      'The RAG trend of a strategy, counted as the review dashboard counts; signed-off periods from their frozen board report.',
  })
  ragTrend(
    @CurrentActor() actor: Actor,
    @Args('strategyId', { type: () => ID }) strategyId: string,
  ): Promise<RagTrend> {
    return this.reports.ragTrend(actor, strategyId);
  }
}
