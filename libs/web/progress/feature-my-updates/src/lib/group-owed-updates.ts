import type { OwedUpdateFieldsFragment, StrategyThemesQuery } from '@waymark/web/shared/data-access';

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

/** Groups what the lead owes by strategy, then by theme in the strategy's order (actions under objectives included). */
export function groupOwedUpdates(owedUpdates: readonly OwedUpdateFieldsFragment[], strategyTree: StrategyThemesQuery['strategies']): StrategyGroup[] {
  const themeOfAction = new Map<string, { id: string; heading: string; order: number }>();
  for (const strategy of strategyTree) {
    for (const theme of strategy.themes) {
      const entry = { id: theme.id, heading: `${strategy.themeLabel} ${theme.number}: ${theme.title}`, order: theme.number };
      for (const action of theme.actions) themeOfAction.set(action.id, entry);
      for (const objective of theme.objectives) for (const action of objective.actions) themeOfAction.set(action.id, entry);
    }
  }
  const strategies = new Map<string, { title: string; themes: Map<string, { heading: string; order: number; items: OwedUpdateFieldsFragment[] }> }>();
  for (const owed of owedUpdates) {
    const strategy = strategies.get(owed.strategyId) ?? { title: owed.strategyTitle, themes: new Map() };
    strategies.set(owed.strategyId, strategy);
    const theme = themeOfAction.get(owed.actionId) ?? { id: 'none', heading: 'Other actions', order: Number.MAX_SAFE_INTEGER };
    const group = strategy.themes.get(theme.id) ?? { heading: theme.heading, order: theme.order, items: [] };
    strategy.themes.set(theme.id, group);
    group.items.push(owed);
  }
  return [...strategies.entries()].map(([strategyId, s]) => ({
    strategyId,
    title: s.title,
    themes: [...s.themes.entries()]
      .sort(([, a], [, b]) => a.order - b.order)
      .map(([themeId, t]) => ({ themeId, heading: t.heading, items: t.items })),
  }));
}
