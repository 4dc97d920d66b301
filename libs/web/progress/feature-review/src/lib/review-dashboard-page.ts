import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  CorrectionProposalsDocument,
  type CorrectionProposalFieldsFragment,
  PeriodSignOffDocument,
  type PeriodSignOffQuery,
  RagDistributionDocument,
  type RagDistributionQuery,
  ReviewDashboardDocument,
  type ReviewDashboardQuery,
  SessionStore,
  describeError,
} from '@waymark/web/shared/data-access';
import {
  DEFAULT_PAGE_SIZE,
  Loading,
  NotificationBanner,
  Pagination,
  RagBars,
  type RagBarRow,
  RagTag,
  pageSlice,
} from '@waymark/web/shared/ui';
import { dashboardActions, exceptions, movements, reviewQueue } from './dashboard-model';
import { ReopenPeriodForm } from './reopen-period-form';
import { ReviewItem } from './review-item';
import { ThemeCommentary } from './theme-commentary';

/** Each review card holds a form; 25 per page stays light and is above the demo data's queue. */
const QUEUE_PAGE_SIZE = 25;
const PERIOD_STATE_WORD: Record<string, string> = { Open: 'Open', InReview: 'In review', SignedOff: 'Signed off' };

/** Senior officer group: one page per strategy and period with what matters. */
@Component({
  selector: 'wm-review-dashboard-page',
  imports: [RouterLink, DatePipe, Loading, RagTag, RagBars, ReviewItem, ThemeCommentary, NotificationBanner, Pagination, ReopenPeriodForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-dashboard-page.html',
})
export class ReviewDashboardPage {
  private readonly apollo = inject(Apollo);
  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();
  /** Set by the sign-off confirmation page when it brings the reviewer back here. */
  readonly signedOff = input<string | undefined>(undefined);

  protected readonly data = signal<(ReviewDashboardQuery & RagDistributionQuery) | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** Who signed the period off and when; null for someone who may not see the sign-off check. */
  protected readonly signOff = signal<PeriodSignOffQuery['periodSignOff'] | null>(null);
  protected readonly periodStateWord = PERIOD_STATE_WORD;
  /** Corrections leads proposed to this period's signed-off updates, waiting for a reviewer. */
  protected readonly pendingProposals = signal<CorrectionProposalFieldsFragment[]>([]);
  private readonly session = inject(SessionStore);
  /** Commentary is written by administrators and the strategy's reviewers until the period is signed off. */
  protected readonly canManage = computed(() => {
    const user = this.session.user();
    return !!user && (user.isAdministrator || user.reviewerOfStrategyIds.includes(this.strategyId()));
  });
  protected readonly canWriteCommentary = computed(() => this.canManage() && this.period()?.state !== 'SignedOff');
  /** Sign-off is the accountable group's; administrators may reopen but not sign off. */
  protected readonly canSignOff = computed(() => {
    const user = this.session.user();
    return !!user && user.reviewerOfStrategyIds.includes(this.strategyId());
  });

  protected readonly period = computed(() => this.data()?.strategy.periods.find((p) => p.id === this.periodId()) ?? null);
  protected readonly items = computed(() => {
    const data = this.data();
    return data ? dashboardActions(data, this.periodId()) : [];
  });
  protected readonly exceptions = computed(() => exceptions(this.items()));
  protected readonly movements = computed(() => movements(this.items()));
  protected readonly queue = computed(() => reviewQueue(this.items()));
  /** Long lists are paged in the browser (600 actions stay quick); a page of review cards is shorter. */
  protected readonly exceptionsPageSize = DEFAULT_PAGE_SIZE;
  protected readonly queuePageSize = QUEUE_PAGE_SIZE;
  protected readonly exceptionsPage = signal(1);
  protected readonly queuePage = signal(1);
  protected readonly shownExceptions = computed(() => pageSlice(this.exceptions(), this.exceptionsPageSize, this.exceptionsPage()));
  protected readonly shownQueue = computed(() => pageSlice(this.queue(), this.queuePageSize, this.queuePage()));
  protected readonly distribution = computed(() => this.data()?.ragDistribution ?? []);
  protected readonly bars = computed<RagBarRow[]>(() =>
    this.distribution().map((row) => ({
      label: `${this.data()?.strategy.themeLabel ?? 'Theme'} ${row.themeNumber}`,
      counts: { Red: row.red, Amber: row.amber, Green: row.green },
      none: row.notRated,
    })),
  );

  constructor() {
    effect(() => {
      const [strategyId, periodId] = [this.strategyId(), this.periodId()];
      this.exceptionsPage.set(1);
      this.queuePage.set(1);
      void this.load(strategyId, periodId);
    });
  }

  protected async load(strategyId: string, periodId: string): Promise<void> {
    try {
      const [tree, distribution] = await Promise.all([
        firstValueFrom(this.apollo.query({ query: ReviewDashboardDocument, variables: { strategyId }, fetchPolicy: 'network-only' })),
        firstValueFrom(this.apollo.query({ query: RagDistributionDocument, variables: { strategyId, periodId }, fetchPolicy: 'network-only' })),
      ]);
      this.data.set(tree.data && distribution.data ? { ...tree.data, ...distribution.data } : null);
      this.signOff.set(await this.loadSignOff(periodId));
      this.pendingProposals.set(this.period()?.state === 'SignedOff' ? await this.loadPendingProposals(periodId) : []);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  protected async reviewed(message: string): Promise<void> {
    await this.load(this.strategyId(), this.periodId());
    this.notice.set(message);
  }

  /** The sign-off check is for reviewers and administrators; anyone else sees the dashboard without it. */
  private async loadSignOff(periodId: string): Promise<PeriodSignOffQuery['periodSignOff'] | null> {
    if (!this.canManage()) return null;
    const result = await firstValueFrom(this.apollo.query({ query: PeriodSignOffDocument, variables: { periodId }, fetchPolicy: 'network-only' }));
    return result.data?.periodSignOff ?? null;
  }

  private async loadPendingProposals(periodId: string): Promise<CorrectionProposalFieldsFragment[]> {
    const result = await firstValueFrom(this.apollo.query({ query: CorrectionProposalsDocument, variables: { periodId }, fetchPolicy: 'network-only' }));
    return (result.data?.correctionProposals ?? []).filter((p) => p.state === 'Pending');
  }

  protected async periodReopened(): Promise<void> {
    await this.reviewed(`${this.period()?.name ?? 'The period'} is reopened and back in review.`);
  }
}
