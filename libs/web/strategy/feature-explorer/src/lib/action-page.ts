import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ExplorerAction, ExplorerStore, SessionStore } from '@waymark/web/shared/data-access';
import { LIFECYCLE_WORD, Loading, RagStrip, RagTag } from '@waymark/web/shared/ui';
import { ragStrip, signedOffUpdates } from './action-history';
import { formatDate, formatDateTime } from './format-date';

/** One action: its details, its RAG history strip across periods, and its timeline from the audit trail. */
@Component({
  selector: 'wm-action-page',
  imports: [RouterLink, Loading, RagTag, RagStrip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ExplorerStore],
  templateUrl: './action-page.html',
  styles: `
    .wm-pre-line { white-space: pre-line; }
  `,
})
export class ActionPage implements OnInit {
  readonly id = input.required<string>();
  readonly actionId = input.required<string>();
  private readonly store = inject(ExplorerStore);
  protected readonly strategy = this.store.strategy.value;
  private readonly view = this.store.action.value;
  protected readonly error = this.store.action.error;
  protected readonly lifecycle = LIFECYCLE_WORD;
  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;
  private readonly session = inject(SessionStore);

  /** The action with where it sits: theme and objective. */
  protected readonly place = computed(() => this.view()?.place ?? null);
  private readonly updates = computed(() => this.view()?.updates ?? []);

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
    return leads(user, action) ? 'Propose a correction' : null;
  });
  /** The update this person owes on this action now (none yet, draft or returned), for its "write" link. */
  protected readonly owed = this.store.owed;
  /** Newest first, as the MoJ timeline reads. */
  protected readonly timeline = computed(() => [...(this.view()?.history ?? [])].reverse());

  ngOnInit(): void {
    void this.session.load();
    void this.load();
  }

  private async load(): Promise<void> {
    const view = await this.store.loadAction(this.id(), this.actionId());
    if (!view) return;
    await this.session.load();
    const user = this.session.user();
    // Only the action's lead (named officer or delivery group) owes updates: nobody else asks for the list.
    if (user && leads(user, view.place.action)) await this.store.loadOwed(this.actionId());
  }
}

function leads(
  user: { personId: string; deliveryGroupIds: readonly string[] },
  action: Pick<ExplorerAction, 'leadPersonId' | 'deliveryGroupId'>,
): boolean {
  return (
    action.leadPersonId === user.personId ||
    (!!action.deliveryGroupId && user.deliveryGroupIds.includes(action.deliveryGroupId))
  );
}
