import {
  countedRag,
  isNotStartedYet,
  LifecycleStatus as DomainLifecycle,
  Rag as DomainRag,
  ReviewState as DomainReviewState,
} from '@waymark/shared/domain';
import type {
  Rag,
  ReviewActionFieldsFragment,
  ReviewDashboardQuery,
  UpdateFieldsFragment,
} from '@waymark/web/shared/data-access';

export type DashboardData = Pick<ReviewDashboardQuery, 'strategy'>;

export interface DashboardAction {
  readonly action: ReviewActionFieldsFragment;
  readonly themeNumber: number;
  readonly label: string;
  readonly current: UpdateFieldsFragment | null;
  readonly previous: UpdateFieldsFragment | null;
  /** The action starts after this period ends: it owes no update yet (the shared rule). */
  readonly notStartedYet: boolean;
}

export interface Exception {
  readonly item: DashboardAction;
  readonly reasons: readonly string[];
}

export interface Movement {
  readonly item: DashboardAction;
  readonly from: Rag;
  readonly to: Rag;
}

const ACTIVE = new Set(['InProgress', 'Ongoing', 'NotStarted']);

const RAG_NAME: Record<DomainRag, Rag> = {
  [DomainRag.Red]: 'Red',
  [DomainRag.Amber]: 'Amber',
  [DomainRag.Green]: 'Green',
};

/**
 * The RAG an action counts with in a period, by the one shared rule (`countedRag`) the dashboard counts and every
 * report use: none for an unsubmitted draft, none when RAG does not apply to the lifecycle. GraphQL enum names are
 * the domain enums' keys.
 */
export function countedRagOf(
  update: UpdateFieldsFragment | null,
  action: Pick<ReviewActionFieldsFragment, 'lifecycleStatus'>,
): Rag | null {
  if (!update) return null;
  const rag = countedRag(
    {
      reviewState: DomainReviewState[update.reviewState],
      lifecycleStatus: update.lifecycleStatus ? DomainLifecycle[update.lifecycleStatus] : null,
      proposedRag: update.proposedRag ? DomainRag[update.proposedRag] : null,
      validatedRag: update.validatedRag ? DomainRag[update.validatedRag] : null,
    },
    DomainLifecycle[action.lifecycleStatus],
  );
  return rag ? RAG_NAME[rag] : null;
}

/** Flattens the strategy tree into actions with this period's and the previous period's update. */
export function dashboardActions(data: DashboardData, periodId: string): DashboardAction[] {
  const periods = [...data.strategy.periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const index = periods.findIndex((p) => p.id === periodId);
  const previousId = index > 0 ? periods[index - 1].id : null;
  const endsOn = index >= 0 ? periods[index].endsOn : null;
  const items: DashboardAction[] = [];
  for (const theme of data.strategy.themes) {
    const actions = [...theme.actions, ...theme.objectives.flatMap((o) => o.actions)];
    for (const action of actions) {
      items.push({
        action,
        themeNumber: theme.number,
        label: `${action.ref ?? `${theme.number}.${action.numberLabel}`} ${action.title}`,
        current: action.updates.find((u) => u.periodId === periodId) ?? null,
        previous: previousId ? (action.updates.find((u) => u.periodId === previousId) ?? null) : null,
        notStartedYet: endsOn !== null && isNotStartedYet(action.startsOn, endsOn),
      });
    }
  }
  return items;
}

/** What the senior officer group must look at: red, amber, overdue, no update (once started), copied-forward text. */
export function exceptions(items: readonly DashboardAction[]): Exception[] {
  return items
    .map((item) => {
      const reasons: string[] = [];
      const rag = countedRagOf(item.current, item.action);
      if (rag === 'Red') reasons.push('Red');
      if (rag === 'Amber') reasons.push('Amber');
      if (item.action.isOverdue) reasons.push('Overdue');
      if (!item.current && ACTIVE.has(item.action.lifecycleStatus) && !item.notStartedYet) reasons.push('No update');
      if (item.current?.isStale) reasons.push('Stale text');
      return { item, reasons };
    })
    .filter((e) => e.reasons.length > 0);
}

/** RAG changes between the previous period and this one (Green → Amber…). */
export function movements(items: readonly DashboardAction[]): Movement[] {
  const out: Movement[] = [];
  for (const item of items) {
    const from = countedRagOf(item.previous, item.action);
    const to = countedRagOf(item.current, item.action);
    if (from && to && from !== to) out.push({ item, from, to });
  }
  return out;
}

export function reviewQueue(items: readonly DashboardAction[]): DashboardAction[] {
  return items.filter((i) => i.current?.reviewState === 'Submitted');
}
