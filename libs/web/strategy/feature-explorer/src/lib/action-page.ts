import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  ActionHistoryDocument,
  ExplorerActionUpdatesDocument,
  ExplorerStrategyDocument,
  MyUpdatesDocument,
  type OwedUpdateFieldsFragment,
  type ActionHistoryQuery,
  type ExplorerActionUpdatesQuery,
  SessionStore,
  describeError,
} from '@waymark/web/shared/data-access';
import { LIFECYCLE_WORD, Loading, RagStrip, RagTag } from '@waymark/web/shared/ui';
import { ragStrip, signedOffUpdates } from './action-history';
import { formatDate, formatDateTime } from './format-date';
import type { ExplorerStrategy } from './strategy-tree-page';

type ActionUpdates = ExplorerActionUpdatesQuery['strategy']['themes'][number]['actions'][number]['updates'];

/** One action: its details, its RAG history strip across periods, and its timeline from the audit trail. */
@Component({
  selector: 'wm-action-page',
  imports: [RouterLink, Loading, RagTag, RagStrip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-page.html',
  styles: `
    .wm-pre-line { white-space: pre-line; }
  `,
})
export class ActionPage implements OnInit {
  readonly id = input.required<string>();
  readonly actionId = input.required<string>();
  private readonly apollo = inject(Apollo);
  protected readonly strategy = signal<ExplorerStrategy | null>(null);
  protected readonly updates = signal<ActionUpdates>([]);
  protected readonly history = signal<ActionHistoryQuery['actionHistory'] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly lifecycle = LIFECYCLE_WORD;
  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;
  private readonly session = inject(SessionStore);

  /** The action with where it sits: theme and objective. */
  protected readonly place = computed(() => {
    const s = this.strategy();
    if (!s) return null;
    for (const theme of s.themes) {
      const direct = theme.actions.find((a) => a.id === this.actionId());
      if (direct) return { theme, objective: null, action: direct };
      for (const objective of theme.objectives) {
        const found = objective.actions.find((a) => a.id === this.actionId());
        if (found) return { theme, objective, action: found };
      }
    }
    return null;
  });

  protected readonly strip = computed(() => ragStrip(this.strategy()?.periods ?? [], this.updates()));
  protected readonly latest = computed(() => {
    const periods = this.strategy()?.periods ?? [];
    const updates = this.updates();
    for (let i = periods.length - 1; i >= 0; i--) {
      const u = updates.find((x) => x.periodId === periods[i].id);
      if (u) return { update: u, periodName: periods[i].name };
    }
    return null;
  });
  protected readonly signedOffUpdates = computed(() =>
    signedOffUpdates(this.strategy()?.periods ?? [], this.updates()),
  );
  /** What the signed-in person may do to a signed-off update: a reviewer corrects, the action's lead proposes. */
  protected readonly correctionVerb = computed(() => {
    const user = this.session.user();
    const action = this.place()?.action;
    if (!user || !action) return null;
    if (user.reviewerOfStrategyIds.includes(this.id())) return 'Correct this update';
    const leads =
      action.leadPersonId === user.personId ||
      (!!action.deliveryGroupId && user.deliveryGroupIds.includes(action.deliveryGroupId));
    return leads ? 'Propose a correction' : null;
  });
  /** The update this person owes on this action now (none yet, draft or returned), for its "write" link. */
  protected readonly owed = signal<OwedUpdateFieldsFragment | null>(null);
  /** Newest first, as the MoJ timeline reads. */
  protected readonly timeline = computed(() => [...(this.history() ?? [])].reverse());

  ngOnInit(): void {
    void this.session.load();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [tree, updates, history] = await Promise.all([
        firstValueFrom(this.apollo.query({ query: ExplorerStrategyDocument, variables: { id: this.id() } })),
        firstValueFrom(this.apollo.query({ query: ExplorerActionUpdatesDocument, variables: { id: this.id() } })),
        firstValueFrom(this.apollo.query({ query: ActionHistoryDocument, variables: { actionId: this.actionId() } })),
      ]);
      this.strategy.set(tree.data?.strategy ?? null);
      const themes = updates.data?.strategy.themes ?? [];
      const all = themes.flatMap((t) => [...t.actions, ...t.objectives.flatMap((o) => o.actions)]);
      this.updates.set(all.find((a) => a.id === this.actionId())?.updates ?? []);
      this.history.set(history.data?.actionHistory ?? []);
      if (!this.place()) this.error.set('This action could not be found.');
      else await this.loadOwed();
    } catch (error) {
      const problem = describeError(error);
      this.error.set(problem.code === 'NOT_FOUND' ? 'This action could not be found.' : problem.message);
    }
  }

  /** Only the action's lead (named officer or delivery group) owes updates: nobody else asks for the list. */
  private async loadOwed(): Promise<void> {
    await this.session.load();
    const user = this.session.user();
    const action = this.place()?.action;
    if (!user || !action) return;
    const leads =
      action.leadPersonId === user.personId ||
      (!!action.deliveryGroupId && user.deliveryGroupIds.includes(action.deliveryGroupId));
    if (!leads) return;
    const result = await firstValueFrom(this.apollo.query({ query: MyUpdatesDocument, fetchPolicy: 'network-only' }));
    const mine = result.data?.myUpdates.find((o) => o.actionId === this.actionId());
    this.owed.set(mine && ['not_started', 'draft', 'returned'].includes(mine.status) ? mine : null);
  }
}
