import { daysBetween, deadlineInWords } from '@waymark/shared/domain';

/** The part of an owed update (see ProgressActivityQueries.myUpdates) the home page counts. */
export interface OwedItem {
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly period: { readonly id: string; readonly name: string };
  readonly deadline: string;
  /** 'not_started' or the update's review state. */
  readonly status: string;
}

export interface OwedPeriodSummary {
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly periodId: string;
  readonly periodName: string;
  readonly deadline: string;
  readonly deadlineInWords: string;
  readonly daysUntilDeadline: number;
  /** Still to submit: not started, draft or returned. */
  readonly owed: number;
  readonly notStarted: number;
  readonly drafts: number;
  readonly returned: number;
  /** Submitted and waiting for review, or accepted: nothing more to do. */
  readonly submitted: number;
  readonly accepted: number;
  /** Past the deadline with updates still owed. */
  readonly isOverdue: boolean;
}

/** What a person owes, per strategy and period, soonest deadline first. */
export function summariseOwed(items: readonly OwedItem[], today: string): OwedPeriodSummary[] {
  const byPeriod = new Map<string, { first: OwedItem; counts: Record<string, number> }>();
  for (const item of items) {
    const entry = byPeriod.get(item.period.id) ?? { first: item, counts: {} };
    entry.counts[item.status] = (entry.counts[item.status] ?? 0) + 1;
    byPeriod.set(item.period.id, entry);
  }
  return [...byPeriod.values()]
    .map(({ first, counts }) => {
      const count = (status: string) => counts[status] ?? 0;
      const owed = count('not_started') + count('draft') + count('returned');
      const deadline = first.deadline.slice(0, 10);
      return {
        strategyId: first.strategyId,
        strategyTitle: first.strategyTitle,
        periodId: first.period.id,
        periodName: first.period.name,
        deadline,
        deadlineInWords: deadlineInWords(deadline, today),
        daysUntilDeadline: daysBetween(today, deadline),
        owed,
        notStarted: count('not_started'),
        drafts: count('draft'),
        returned: count('returned'),
        submitted: count('submitted'),
        accepted: count('accepted'),
        isOverdue: owed > 0 && deadline < today,
      };
    })
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.strategyTitle.localeCompare(b.strategyTitle));
}
