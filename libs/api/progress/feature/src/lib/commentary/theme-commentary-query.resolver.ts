import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ThemeCommentaryReadService } from '@waymark/api/progress/data-access';
import { Actor, CurrentActor } from '@waymark/api/shared/util';
import { ThemeCommentarySectionModel } from './theme-commentary-section.model';

/** Reading theme commentary: the screen where reviewers write it. */
@Resolver()
export class ThemeCommentaryQueryResolver {
  constructor(private readonly reads: ThemeCommentaryReadService) {}

  @Query(() => [ThemeCommentarySectionModel], {
    description:
      'Every live theme of the strategy, in order, with its commentary paragraphs for the period (possibly none).',
  })
  themeCommentary(
    @CurrentActor() actor: Actor,
    @Args('strategyId', { type: () => ID }) strategyId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<ThemeCommentarySectionModel[]> {
    return this.reads.themeCommentary(actor, strategyId, periodId);
  }
}
