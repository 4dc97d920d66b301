import { Injectable, inject } from '@angular/core';
import {
  AcceptProgressUpdatesDocument,
  type AcceptProgressUpdatesMutation,
  type CorrectionProposalFieldsFragment,
  CorrectionProposalsDocument,
  PeriodSignOffDocument,
  type PeriodSignOffQuery,
  RagDistributionDocument,
  type RagDistributionQuery,
  ReopenReportingPeriodDocument,
  ReviewDashboardDocument,
  type ReviewDashboardQuery,
  ReviewStrategiesDocument,
  type ReviewStrategiesQuery,
  SetPeriodStateDocument,
} from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type PeriodSignOff = PeriodSignOffQuery['periodSignOff'];
export type ReviewableStrategy = ReviewStrategiesQuery['strategies'][number];
/** Whether one update of a bulk accept was accepted, and why not. */
export type AcceptOutcome = AcceptProgressUpdatesMutation['acceptProgressUpdates'][number];

/** Everything the review dashboard shows for one strategy and period. */
export interface ReviewDashboardData extends ReviewDashboardQuery, RagDistributionQuery {
  /** Who signed the period off and when; null for someone who may not see the sign-off check. */
  readonly signOff: PeriodSignOff | null;
  /** Corrections leads proposed to the period's signed-off updates, waiting for a reviewer. */
  readonly pendingProposals: readonly CorrectionProposalFieldsFragment[];
}

/**
 * The senior officer group's review of a strategy's period: the dashboard and the sign-off check.
 * Provide it in the page (`providers: [ReviewStore]`).
 */
@Injectable()
export class ReviewStore {
  private readonly api = inject(GraphqlApi);
  /** Keeps the last value while it reloads after a decision, so the page does not blank. */
  readonly dashboard = new ServerState<ReviewDashboardData>();
  /** What is still outstanding before sign-off; `busy()` while the sign-off is sent. */
  readonly signOff = new ServerState<PeriodSignOff>();
  /** Nothing to load; `busy()` while a bulk accept is sent. */
  readonly bulkAccept = new ServerState<never>();
  /** The strategies with their periods, for the review start page to pick those the person reviews. */
  readonly strategies = new ServerState<readonly ReviewableStrategy[]>();
  /** Nothing to load; `busy()` while a signed-off period is being reopened. */
  readonly reopening = new ServerState<never>();

  loadStrategies(): Promise<readonly ReviewableStrategy[] | undefined> {
    return this.strategies.load(
      async () => (await this.api.query({ query: ReviewStrategiesDocument, fetchPolicy: 'network-only' })).strategies,
    );
  }

  /** `canManage`: the person reviews this strategy or administers; only they are sent the sign-off check. */
  load(strategyId: string, periodId: string, canManage: boolean): Promise<ReviewDashboardData | undefined> {
    return this.dashboard.load(async () => {
      const [tree, distribution] = await Promise.all([
        this.api.query({ query: ReviewDashboardDocument, variables: { strategyId }, fetchPolicy: 'network-only' }),
        this.api.query({
          query: RagDistributionDocument,
          variables: { strategyId, periodId },
          fetchPolicy: 'network-only',
        }),
      ]);
      const signOff = canManage
        ? (await this.api.query({ query: PeriodSignOffDocument, variables: { periodId }, fetchPolicy: 'network-only' }))
            .periodSignOff
        : null;
      const signedOff = tree.strategy.periods.find((p) => p.id === periodId)?.state === 'SignedOff';
      const pendingProposals = signedOff ? await this.pendingProposals(periodId) : [];
      return { ...tree, ...distribution, signOff, pendingProposals };
    });
  }

  private async pendingProposals(periodId: string): Promise<CorrectionProposalFieldsFragment[]> {
    const { correctionProposals } = await this.api.query({
      query: CorrectionProposalsDocument,
      variables: { periodId },
      fetchPolicy: 'network-only',
    });
    return correctionProposals.filter((p) => p.state === 'Pending');
  }

  loadSignOff(periodId: string): Promise<PeriodSignOff | undefined> {
    return this.signOff.load(
      async () =>
        (await this.api.query({ query: PeriodSignOffDocument, variables: { periodId }, fetchPolicy: 'network-only' }))
          .periodSignOff,
    );
  }

  /** Signs the period off at the version read, putting an open period into review first (the API allows no jump). */
  async signOffPeriod(period: Pick<PeriodSignOff, 'periodId' | 'state' | 'version'>): Promise<void> {
    let version = period.version;
    if (period.state === 'Open') {
      const data = await this.api.mutate({
        mutation: SetPeriodStateDocument,
        variables: { input: { id: period.periodId, version, state: 'InReview' } },
      });
      version = data.setPeriodState.version;
    }
    await this.api.mutate({
      mutation: SetPeriodStateDocument,
      variables: { input: { id: period.periodId, version, state: 'SignedOff' } },
    });
  }

  /** Accepts each update at the version the reviewer saw; the API answers per update (accepted, or why not). */
  async acceptUpdates(updates: readonly { id: string; version: number }[]): Promise<AcceptOutcome[]> {
    const input = { updates: updates.map(({ id, version }) => ({ id, version })) };
    return (await this.api.mutate({ mutation: AcceptProgressUpdatesDocument, variables: { input } }))
      .acceptProgressUpdates;
  }

  /** Puts a signed-off period back into review, with the reason kept in the audit trail. */
  async reopen(period: { id: string; version: number }, reason: string): Promise<void> {
    const input = { id: period.id, version: period.version, reason };
    await this.reopening.run(() => this.api.mutate({ mutation: ReopenReportingPeriodDocument, variables: { input } }));
  }
}
