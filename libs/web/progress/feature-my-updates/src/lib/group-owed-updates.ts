import { comparePlanNumbers } from '@waymark/shared/domain';
import type { OwedUpdateFieldsFragment } from '@waymark/web/shared/data-access';

export interface ThemeGroup {
  readonly themeId: string;
  readonly heading: string;
  readonly items: readonly OwedUpdateFieldsFragment[];
}

export interface StrategyGroup {
  readonly strategyId: string;
  readonly title: string;
  readonly themes: readonly ThemeGroup[];
}

/**
 * Groups what the lead owes by strategy, then by theme in the strategy's order, using the theme each owed
 * update carries (actions under objectives included). Actions of an archived theme (no number) come last.
 */
export function groupOwedUpdates(owedUpdates: readonly OwedUpdateFieldsFragment[]): StrategyGroup[] {
  type ThemeGroup = { heading: string; order: number; items: OwedUpdateFieldsFragment[] };
  const strategies = new Map<string, { title: string; themes: Map<string, ThemeGroup> }>();
  for (const owed of owedUpdates) {
    const strategy = strategies.get(owed.strategyId) ?? {
      title: owed.strategyTitle,
      themes: new Map<string, ThemeGroup>(),
    };
    strategies.set(owed.strategyId, strategy);
    const numbered = owed.themeNumber !== null && owed.themeNumber !== undefined;
    const heading = numbered ? `${owed.themeLabel} ${owed.themeNumber}: ${owed.themeTitle}` : owed.themeTitle;
    const group = strategy.themes.get(owed.themeId) ?? {
      heading,
      order: numbered ? (owed.themeNumber as number) : Number.MAX_SAFE_INTEGER,
      items: [],
    };
    strategy.themes.set(owed.themeId, group);
    group.items.push(owed);
  }
  return [...strategies.entries()].map(([strategyId, s]) => ({
    strategyId,
    title: s.title,
    themes: [...s.themes.entries()]
      .sort(([, a], [, b]) => a.order - b.order)
      .map(([themeId, t]) => ({ themeId, heading: t.heading, items: inPlanOrder(t.items) })),
  }));
}

/**
 * Within a theme the API answers in plan order by sort order; when every action there has a number ("1.10.2"),
 * that number decides, naturally (1.9 before 1.10), as the plan document reads.
 */
function inPlanOrder(items: readonly OwedUpdateFieldsFragment[]): readonly OwedUpdateFieldsFragment[] {
  if (!items.every((i) => i.actionRef)) return items;
  return [...items].sort((a, b) => comparePlanNumbers(a.actionRef ?? '', b.actionRef ?? ''));
}

export type OwedFilter = 'todo' | 'submitted' | 'all';

/** Submitted or accepted: nothing left for the lead to do this period. */
export const isDone = (owed: Pick<OwedUpdateFieldsFragment, 'update'>): boolean =>
  !!owed.update && (owed.update.reviewState === 'Submitted' || owed.update.reviewState === 'Accepted');

/** "To do" is what still needs writing or submitting (none yet, draft, returned); "Submitted" is the rest. */
export function filterOwed(
  owedUpdates: readonly OwedUpdateFieldsFragment[],
  filter: OwedFilter,
): OwedUpdateFieldsFragment[] {
  if (filter === 'all') return [...owedUpdates];
  return owedUpdates.filter((o) => isDone(o) === (filter === 'submitted'));
}

/**
 * One page of the grouped list: rows are counted in display order (strategy, then theme), and each
 * strategy and theme with a row on the page keeps its heading, so a page can start part-way through a theme.
 */
export function pageOfGroups(groups: readonly StrategyGroup[], pageSize: number, page: number): StrategyGroup[] {
  const start = (page - 1) * pageSize;
  const end = start + pageSize;
  let seen = 0;
  const out: StrategyGroup[] = [];
  for (const strategy of groups) {
    const themes: ThemeGroup[] = [];
    for (const theme of strategy.themes) {
      const from = Math.max(0, start - seen);
      const to = Math.min(theme.items.length, end - seen);
      seen += theme.items.length;
      if (to > from)
        themes.push(from === 0 && to === theme.items.length ? theme : { ...theme, items: theme.items.slice(from, to) });
    }
    if (themes.length > 0)
      out.push(
        themes.length === strategy.themes.length && themes.every((t, i) => t === strategy.themes[i])
          ? strategy
          : { ...strategy, themes },
      );
  }
  return out;
}
