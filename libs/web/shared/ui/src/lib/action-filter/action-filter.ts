import { type LifecycleValue } from '../labels';

/** The fields of an action the shared filter reads (both the explorer tree and search results have them). */
export interface FilterableAction {
  readonly deliveryGroupId: string | null;
  readonly deliveryGroupName: string | null;
  readonly leadOrganisationId: string | null;
  readonly leadOrganisationName: string | null;
  readonly leadPersonId: string | null;
  readonly leadPersonName: string | null;
  readonly lifecycleStatus: LifecycleValue;
  readonly isOverdue: boolean;
  readonly latestUpdate: { readonly effectiveRag: 'Red' | 'Amber' | 'Green' | null } | null;
}

/** `None`: actions with no RAG yet (no update, or not in progress). */
export type RagChoice = 'Red' | 'Amber' | 'Green' | 'None';

/** One filter for every list of actions; kept in the URL query string (see ACTION_FILTER_PARAMS). */
export interface ActionFilter {
  readonly organisationId: string | null;
  readonly groupId: string | null;
  readonly leadPersonId: string | null;
  readonly rag: RagChoice | null;
  readonly state: LifecycleValue | null;
  readonly overdueOnly: boolean;
}

export const NO_ACTION_FILTER: ActionFilter = {
  organisationId: null,
  groupId: null,
  leadPersonId: null,
  rag: null,
  state: null,
  overdueOnly: false,
};

/** Query-string names: short, readable in a shared link (`?group=…&rag=Red`). */
export const ACTION_FILTER_PARAMS = {
  organisationId: 'organisation',
  groupId: 'group',
  leadPersonId: 'lead',
  rag: 'rag',
  state: 'state',
  overdueOnly: 'overdue',
} as const;

export interface FilterOption {
  readonly id: string;
  readonly name: string;
}

export interface ActionFilterOptions {
  readonly organisations: readonly FilterOption[];
  readonly groups: readonly FilterOption[];
  readonly leads: readonly FilterOption[];
}

const RAGS: readonly RagChoice[] = ['Red', 'Amber', 'Green', 'None'];
const STATES: readonly LifecycleValue[] = ['NotStarted', 'InProgress', 'Ongoing', 'Complete', 'Deferred', 'Cancelled'];
const ID = /^[0-9a-f-]{36}$/i;

/** Reads the filter from query parameters, ignoring anything malformed (a hand-edited link never breaks the page). */
export function filterFromParams(params: { get(name: string): string | null }): ActionFilter {
  const id = (name: string) => {
    const value = params.get(name);
    return value && ID.test(value) ? value : null;
  };
  const rag = params.get(ACTION_FILTER_PARAMS.rag);
  const state = params.get(ACTION_FILTER_PARAMS.state);
  return {
    organisationId: id(ACTION_FILTER_PARAMS.organisationId),
    groupId: id(ACTION_FILTER_PARAMS.groupId),
    leadPersonId: id(ACTION_FILTER_PARAMS.leadPersonId),
    rag: RAGS.includes(rag as RagChoice) ? (rag as RagChoice) : null,
    state: STATES.includes(state as LifecycleValue) ? (state as LifecycleValue) : null,
    overdueOnly: params.get(ACTION_FILTER_PARAMS.overdueOnly) === 'yes',
  };
}

/** Query parameters for a filter; unset criteria are `null` so the router drops them from the URL. */
export function filterToParams(filter: ActionFilter): Record<string, string | null> {
  return {
    [ACTION_FILTER_PARAMS.organisationId]: filter.organisationId,
    [ACTION_FILTER_PARAMS.groupId]: filter.groupId,
    [ACTION_FILTER_PARAMS.leadPersonId]: filter.leadPersonId,
    [ACTION_FILTER_PARAMS.rag]: filter.rag,
    [ACTION_FILTER_PARAMS.state]: filter.state,
    [ACTION_FILTER_PARAMS.overdueOnly]: filter.overdueOnly ? 'yes' : null,
  };
}

export function isFiltering(filter: ActionFilter): boolean {
  return Object.values(filterToParams(filter)).some((value) => value !== null);
}

export function matchesFilter(action: FilterableAction, filter: ActionFilter): boolean {
  if (filter.groupId && action.deliveryGroupId !== filter.groupId) return false;
  if (filter.organisationId && action.leadOrganisationId !== filter.organisationId) return false;
  if (filter.leadPersonId && action.leadPersonId !== filter.leadPersonId) return false;
  if (filter.state && action.lifecycleStatus !== filter.state) return false;
  if (filter.overdueOnly && !action.isOverdue) return false;
  if (filter.rag) {
    const rag = action.latestUpdate?.effectiveRag ?? null;
    if (filter.rag === 'None' ? rag !== null : rag !== filter.rag) return false;
  }
  return true;
}

/** Lead organisations, delivery groups and lead people that own at least one of the actions, sorted by name. */
export function filterOptions(actions: readonly FilterableAction[]): ActionFilterOptions {
  const organisations = new Map<string, string>();
  const groups = new Map<string, string>();
  const leads = new Map<string, string>();
  for (const a of actions) {
    if (a.leadOrganisationId) organisations.set(a.leadOrganisationId, a.leadOrganisationName ?? 'Unnamed organisation');
    if (a.deliveryGroupId) groups.set(a.deliveryGroupId, a.deliveryGroupName ?? 'Unnamed group');
    if (a.leadPersonId) leads.set(a.leadPersonId, a.leadPersonName ?? 'Unnamed person');
  }
  const sorted = (m: Map<string, string>) =>
    [...m].map(([id, name]) => ({ id, name })).sort((x, y) => x.name.localeCompare(y.name));
  return { organisations: sorted(organisations), groups: sorted(groups), leads: sorted(leads) };
}
