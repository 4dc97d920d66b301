import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ReviewStore, SessionStore, type UpdateFieldsFragment } from '@waymark/web/shared/data-access';
import {
  DEFAULT_PAGE_SIZE,
  Loading,
  NotificationBanner,
  Pagination,
  RagBars,
  type RagBarRow,
  RagTag,
  TableScroll,
  pageSlice,
} from '@waymark/web/shared/ui';
import { type BulkAcceptResult, BulkAcceptSelection } from './bulk-accept-selection';
import { type DashboardFilters, filterActions, filterOptions, hasFilters, STATE_OPTIONS } from './dashboard-filters';
import { dashboardActions, exceptions, movements, reviewQueue } from './dashboard-model';
import { FocusedBanner } from './focused-banner';
import { RagTrendSection } from './rag-trend-section';
import { ReopenPeriodForm } from './reopen-period-form';
import { type ReviewDecision, ReviewItem } from './review-item';
import { ThemeCommentary } from './theme-commentary';

/** Each review card holds a form; 25 per page stays light and is above the demo data's queue. */
const QUEUE_PAGE_SIZE = 25;
const PERIOD_STATE_WORD: Record<string, string> = { Open: 'Open', InReview: 'In review', SignedOff: 'Signed off' };
const DECISION_WORD: Record<ReviewDecision['kind'], string> = {
  accepted: 'accepted',
  returned: 'returned to its lead',
  validated: 'given a validated RAG',
};

/** The confirmation of a decision on one card, shown where that card was (or still is). */
interface DecisionNotice {
  readonly message: string;
  readonly actionId: string;
  /** The card after it at the time, so the notice stays in place when the decided card leaves the queue. */
  readonly nextActionId: string | null;
}

/** Senior officer group: one page per strategy and period with what matters. */
@Component({
  selector: 'wm-review-dashboard-page',
  imports: [
    FormsModule,
    RouterLink,
    DatePipe,
    FocusedBanner,
    Loading,
    RagTag,
    RagBars,
    ReviewItem,
    ThemeCommentary,
    NotificationBanner,
    Pagination,
    ReopenPeriodForm,
    TableScroll,
    RagTrendSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-dashboard-page.html',
  providers: [ReviewStore],
})
export class ReviewDashboardPage {
  private readonly store = inject(ReviewStore);
  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();
  /** Set by the sign-off confirmation page when it brings the reviewer back here. */
  readonly signedOff = input<string | undefined>(undefined);
  /** Filters, from the URL query string. */
  readonly theme = input<string | undefined>(undefined);
  readonly group = input<string | undefined>(undefined);
  readonly partner = input<string | undefined>(undefined);
  readonly state = input<string | undefined>(undefined);
  private readonly router = inject(Router);
  private readonly bulk = inject(BulkAcceptSelection);

  protected readonly data = this.store.dashboard.value;
  protected readonly loadError = this.store.dashboard.error;
  protected readonly notice = signal<string | null>(null);
  protected readonly signOff = computed(() => this.data()?.signOff ?? null);
  protected readonly periodStateWord = PERIOD_STATE_WORD;
  protected readonly pendingProposals = computed(() => this.data()?.pendingProposals ?? []);
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

  protected readonly period = computed(
    () => this.data()?.strategy.periods.find((p) => p.id === this.periodId()) ?? null,
  );
  protected readonly allItems = computed(() => {
    const data = this.data();
    return data ? dashboardActions(data, this.periodId()) : [];
  });
  protected readonly filters = computed<DashboardFilters>(() => ({
    theme: this.theme(),
    group: this.group(),
    partner: this.partner(),
    state: this.state(),
  }));
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  protected readonly items = computed(() => filterActions(this.allItems(), this.filters()));
  protected readonly options = computed(() => filterOptions(this.allItems()));
  protected readonly stateOptions = STATE_OPTIONS;
  /** The filter form's values before "Apply filters". */
  protected draft: Record<keyof DashboardFilters, string> = { theme: '', group: '', partner: '', state: '' };
  /** Queued updates ticked for "Accept selected", by update id. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly selectionError = signal<string | null>(null);
  protected readonly decision = signal<DecisionNotice | null>(null);
  protected readonly bulkResult = signal<BulkAcceptResult | null>(null);
  protected readonly exceptions = computed(() => exceptions(this.items()));
  protected readonly movements = computed(() => movements(this.items()));
  protected readonly queue = computed(() => reviewQueue(this.items()));
  /** Long lists are paged in the browser (600 actions stay quick); a page of review cards is shorter. */
  protected readonly exceptionsPageSize = DEFAULT_PAGE_SIZE;
  protected readonly queuePageSize = QUEUE_PAGE_SIZE;
  protected readonly exceptionsPage = signal(1);
  protected readonly queuePage = signal(1);
  protected readonly shownExceptions = computed(() =>
    pageSlice(this.exceptions(), this.exceptionsPageSize, this.exceptionsPage()),
  );
  protected readonly shownQueue = computed(() => pageSlice(this.queue(), this.queuePageSize, this.queuePage()));
  /** Where in the shown queue the decision notice goes: above its card, or above the card that followed it. */
  protected readonly decisionIndex = computed(() => {
    const notice = this.decision();
    if (!notice) return -1;
    const ids = this.shownQueue().map((entry) => entry.action.id);
    const own = ids.indexOf(notice.actionId);
    if (own >= 0) return own;
    const next = notice.nextActionId ? ids.indexOf(notice.nextActionId) : -1;
    return next >= 0 ? next : ids.length;
  });
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
      this.selected.set(new Set());
      this.decision.set(null);
      this.bulkResult.set(untracked(() => this.bulk.takeResult(periodId)));
      void this.load(strategyId, periodId);
    });
    effect(() => {
      const f = this.filters();
      this.draft = { theme: f.theme ?? '', group: f.group ?? '', partner: f.partner ?? '', state: f.state ?? '' };
      this.exceptionsPage.set(1);
      this.queuePage.set(1);
    });
  }

  /** Filters live in the query string, so a filtered dashboard can be bookmarked and shared. */
  protected applyFilters(): void {
    const queryParams = Object.fromEntries(Object.entries(this.draft).filter(([, value]) => value !== ''));
    void this.router.navigate(['/review', this.strategyId(), this.periodId()], { queryParams });
  }

  protected clearFilters(): void {
    void this.router.navigate(['/review', this.strategyId(), this.periodId()]);
  }

  /** Jump links move focus to the section's heading as well as scrolling to it. */
  protected jump(event: Event, id: string): void {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.scrollIntoView();
    target?.focus();
  }

  protected select(update: UpdateFieldsFragment | null, on: boolean): void {
    if (!update) return;
    const next = new Set(this.selected());
    if (on) next.add(update.id);
    else next.delete(update.id);
    this.selected.set(next);
  }

  protected selectAll(): void {
    this.selected.set(new Set(this.queue().flatMap((entry) => (entry.current ? [entry.current.id] : []))));
  }

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  /** To the check page with the selection as loaded here: the versions seen are the ones accepted. */
  protected acceptSelected(): void {
    const chosen = this.queue().filter((entry) => entry.current && this.selected().has(entry.current.id));
    if (chosen.length === 0) {
      this.selectionError.set('Select at least one update to accept');
      return;
    }
    this.selectionError.set(null);
    this.bulk.selection.set({
      strategyId: this.strategyId(),
      periodId: this.periodId(),
      query: Object.fromEntries(
        Object.entries(this.filters()).filter((entry): entry is [string, string] => !!entry[1]),
      ),
      updates: chosen.map((entry) => ({
        id: entry.current?.id ?? '',
        version: entry.current?.version ?? 0,
        label: entry.label,
        actionId: entry.action.id,
      })),
    });
    void this.router.navigate(['/review', this.strategyId(), this.periodId(), 'accept-selected']);
  }

  protected async load(strategyId: string, periodId: string): Promise<void> {
    await this.store.load(
      strategyId,
      periodId,
      untracked(() => this.canManage()),
    );
  }

  protected async reviewed(message: string): Promise<void> {
    await this.load(this.strategyId(), this.periodId());
    this.notice.set(message);
  }

  /** Reloads, then confirms the decision where the card was, in a banner that takes focus. */
  protected async decided(entry: { action: { id: string; title: string } }, decision: ReviewDecision): Promise<void> {
    const ids = this.shownQueue().map((e) => e.action.id);
    const nextActionId = ids[ids.indexOf(entry.action.id) + 1] ?? null;
    this.decision.set(null);
    this.bulkResult.set(null);
    this.notice.set(null);
    this.select(decision.update, false);
    await this.load(this.strategyId(), this.periodId());
    const rag =
      decision.kind === 'validated' && decision.update.validatedRag ? ` (${decision.update.validatedRag})` : '';
    this.decision.set({
      message: `The update for “${entry.action.title}” was ${DECISION_WORD[decision.kind]}${rag}.`,
      actionId: entry.action.id,
      nextActionId,
    });
  }

  protected async periodReopened(): Promise<void> {
    await this.reviewed(`${this.period()?.name ?? 'The period'} is reopened and back in review.`);
  }
}
