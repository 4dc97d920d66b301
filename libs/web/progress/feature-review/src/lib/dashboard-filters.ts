import type { DashboardAction } from './dashboard-model';

/** The dashboard's filters as kept in the URL query string; empty means "all". */
export interface DashboardFilters {
  readonly theme?: string;
  readonly group?: string;
  readonly partner?: string;
  readonly state?: string;
}

export interface FilterOption {
  readonly value: string;
  readonly text: string;
}

/** Review states of the period's update as the filter offers them; "NotStarted" is an action without one. */
export const STATE_OPTIONS: readonly FilterOption[] = [
  { value: 'NotStarted', text: 'No update yet' },
  { value: 'Draft', text: 'Draft' },
  { value: 'Submitted', text: 'Submitted' },
  { value: 'Returned', text: 'Returned' },
  { value: 'Accepted', text: 'Accepted' },
];

const stateOf = (item: DashboardAction): string => item.current?.reviewState ?? 'NotStarted';

/** Partner organisations of an action: its lead organisation and those supporting it. */
function partnersOf(item: DashboardAction): { id: string; name: string }[] {
  const lead = item.action.leadOrganisationId
    ? [{ id: item.action.leadOrganisationId, name: item.action.leadOrganisationName ?? '' }]
    : [];
  return [...lead, ...item.action.supportingOrganisations];
}

export function filterActions(items: readonly DashboardAction[], filters: DashboardFilters): DashboardAction[] {
  return items.filter(
    (item) =>
      (!filters.theme || String(item.themeNumber) === filters.theme) &&
      (!filters.group || item.action.deliveryGroupId === filters.group) &&
      (!filters.partner || partnersOf(item).some((p) => p.id === filters.partner)) &&
      (!filters.state || stateOf(item) === filters.state),
  );
}

/** Delivery groups and partner organisations named by the strategy's actions, by name. */
export function filterOptions(items: readonly DashboardAction[]): { groups: FilterOption[]; partners: FilterOption[] } {
  const groups = new Map<string, string>();
  const partners = new Map<string, string>();
  for (const item of items) {
    if (item.action.deliveryGroupId) groups.set(item.action.deliveryGroupId, item.action.deliveryGroupName ?? '');
    for (const p of partnersOf(item)) partners.set(p.id, p.name);
  }
  const sorted = (map: Map<string, string>) =>
    [...map].map(([value, text]) => ({ value, text })).sort((a, b) => a.text.localeCompare(b.text));
  return { groups: sorted(groups), partners: sorted(partners) };
}

export const hasFilters = (filters: DashboardFilters): boolean =>
  !!(filters.theme || filters.group || filters.partner || filters.state);
