/** The tree shape the explorer filters: the fields it reads from the ExplorerStrategy query. */
export interface FilterableAction {
  readonly deliveryGroupId: string | null;
  readonly deliveryGroupName: string | null;
  readonly leadOrganisationId: string | null;
  readonly leadOrganisationName: string | null;
  readonly isOverdue: boolean;
  readonly latestUpdate: { readonly effectiveRag: 'Red' | 'Amber' | 'Green' | null } | null;
}

export interface FilterableTheme<A extends FilterableAction> {
  readonly actions: readonly A[];
  readonly objectives: readonly { readonly actions: readonly A[] }[];
}

/** `None`: actions with no RAG yet (no update, or not in progress). */
export type RagChoice = 'Red' | 'Amber' | 'Green' | 'None';

export interface ExplorerFilter {
  readonly deliveryGroupId: string | null;
  readonly leadOrganisationId: string | null;
  readonly rag: RagChoice | null;
  readonly overdueOnly: boolean;
}

export const NO_FILTER: ExplorerFilter = { deliveryGroupId: null, leadOrganisationId: null, rag: null, overdueOnly: false };

export interface Option {
  readonly id: string;
  readonly name: string;
}

export function isFiltering(filter: ExplorerFilter): boolean {
  return filter.deliveryGroupId !== null || filter.leadOrganisationId !== null || filter.rag !== null || filter.overdueOnly;
}

export function matchesFilter(action: FilterableAction, filter: ExplorerFilter): boolean {
  if (filter.deliveryGroupId && action.deliveryGroupId !== filter.deliveryGroupId) return false;
  if (filter.leadOrganisationId && action.leadOrganisationId !== filter.leadOrganisationId) return false;
  if (filter.overdueOnly && !action.isOverdue) return false;
  if (filter.rag) {
    const rag = action.latestUpdate?.effectiveRag ?? null;
    if (filter.rag === 'None' ? rag !== null : rag !== filter.rag) return false;
  }
  return true;
}

/**
 * Keeps the tree's shape (every theme, so its number and heading stay put) but only the matching
 * actions; objectives left with no actions are dropped while filtering. Action numbers are not
 * recomputed: "iii)" stays "iii)" when i) and ii) are hidden.
 */
export function filterThemes<A extends FilterableAction, T extends FilterableTheme<A>>(themes: readonly T[], filter: ExplorerFilter): T[] {
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

/** Delivery groups and lead organisations that own at least one action, sorted by name. */
export function filterOptions(actions: readonly FilterableAction[]): { groups: Option[]; organisations: Option[] } {
  const groups = new Map<string, string>();
  const organisations = new Map<string, string>();
  for (const a of actions) {
    if (a.deliveryGroupId) groups.set(a.deliveryGroupId, a.deliveryGroupName ?? 'Unnamed group');
    if (a.leadOrganisationId) organisations.set(a.leadOrganisationId, a.leadOrganisationName ?? 'Unnamed organisation');
  }
  const sorted = (m: Map<string, string>) => [...m].map(([id, name]) => ({ id, name })).sort((x, y) => x.name.localeCompare(y.name));
  return { groups: sorted(groups), organisations: sorted(organisations) };
}
