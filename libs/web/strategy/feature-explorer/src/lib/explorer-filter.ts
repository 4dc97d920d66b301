import { type ActionFilter, type FilterableAction, isFiltering, matchesFilter } from '@waymark/web/shared/ui';

export interface FilterableTheme<A extends FilterableAction> {
  readonly actions: readonly A[];
  readonly objectives: readonly { readonly actions: readonly A[] }[];
}

/**
 * Keeps the tree's shape (every theme, so its number and heading stay put) but only the matching
 * actions; objectives left with no actions are dropped while filtering. Action numbers are not
 * recomputed: "iii)" stays "iii)" when i) and ii) are hidden.
 */
export function filterThemes<A extends FilterableAction, T extends FilterableTheme<A>>(
  themes: readonly T[],
  filter: ActionFilter,
): T[] {
  if (!isFiltering(filter)) return [...themes];
  return themes.map((theme) => ({
    ...theme,
    actions: theme.actions.filter((a) => matchesFilter(a, filter)),
    objectives: theme.objectives
      .map((objective) => ({ ...objective, actions: objective.actions.filter((a) => matchesFilter(a, filter)) }))
      .filter((objective) => objective.actions.length > 0),
  }));
}

export function allActions<A extends FilterableAction>(themes: readonly FilterableTheme<A>[]): A[] {
  return themes.flatMap((t) => [...t.actions, ...t.objectives.flatMap((o) => o.actions)]);
}
