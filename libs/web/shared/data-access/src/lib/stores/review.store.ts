import { Injectable, inject } from '@angular/core';
import {
  type CorrectionProposalFieldsFragment,
  CorrectionProposalsDocument,
  PeriodSignOffDocument,
  type PeriodSignOffQuery,
  RagDistributionDocument,
  type RagDistributionQuery,
  ReviewDashboardDocument,
  type ReviewDashboardQuery,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

/** Everything the review dashboard shows for one strategy and period. */
export interface ReviewDashboardData extends ReviewDashboardQuery, RagDistributionQuery {
  /** Who signed the period off and when; null for someone who may not see the sign-off check. */
  readonly signOff: PeriodSignOffQuery['periodSignOff'] | null;
  /** Corrections leads proposed to the period's signed-off updates, waiting for a reviewer. */
  readonly pendingProposals: readonly CorrectionProposalFieldsFragment[];
}

/** The senior officer group's review of a strategy's period. Provide it in the page (`providers: [ReviewStore]`). */
@Injectable()
export class ReviewStore {
  private readonly api = inject(GraphqlApi);
  /** Keeps the last value while it reloads after a decision, so the page does not blank. */
  readonly dashboard = new ServerState<ReviewDashboardData>();

  /** `canManage`: the person reviews this strategy or administers; only they are sent the sign-off check. */
  load(strategyId: string, periodId: string, canManage: boolean): Promise<ReviewDashboardData | undefined> {
    return this.dashboard.load(async () => {
      const [tree, distribution] = await Promise.all([
        this.api.query({ query: ReviewDashboardDocument, variables: { strategyId }, fetchPolicy: 'network-only' }),
        this.api.query({ query: RagDistributionDocument, variables: { strategyId, periodId }, fetchPolicy: 'network-only' }),
      ]);
      const signOff = canManage
        ? (await this.api.query({ query: PeriodSignOffDocument, variables: { periodId }, fetchPolicy: 'network-only' })).periodSignOff
        : null;
      const signedOff = tree.strategy.periods.find((p) => p.id === periodId)?.state === 'SignedOff';
      const pendingProposals = signedOff ? await this.pendingProposals(periodId) : [];
      return { ...tree, ...distribution, signOff, pendingProposals };
    });
  }

  private async pendingProposals(periodId: string): Promise<CorrectionProposalFieldsFragment[]> {
    const { correctionProposals } = await this.api.query({ query: CorrectionProposalsDocument, variables: { periodId }, fetchPolicy: 'network-only' });
    return correctionProposals.filter((p) => p.state === 'Pending');
  }
}
