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
  const strategies = new Map<string, { title: string; themes: Map<string, { heading: string; order: number; items: OwedUpdateFieldsFragment[] }> }>();
  for (const owed of owedUpdates) {
    const strategy = strategies.get(owed.strategyId) ?? { title: owed.strategyTitle, themes: new Map() };
    strategies.set(owed.strategyId, strategy);
    const numbered = owed.themeNumber !== null && owed.themeNumber !== undefined;
    const heading = numbered ? `${owed.themeLabel} ${owed.themeNumber}: ${owed.themeTitle}` : owed.themeTitle;
    const group = strategy.themes.get(owed.themeId) ?? { heading, order: numbered ? (owed.themeNumber as number) : Number.MAX_SAFE_INTEGER, items: [] };
    strategy.themes.set(owed.themeId, group);
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
