import type { ActionFilterInput } from '@waymark/web/shared/data-access';
import type { ActionFilter } from '@waymark/web/shared/ui';

/**
 * The shared filter as the search API's ActionFilterInput. "No RAG" has no server-side equivalent (the API filters
 * on a RAG value), so it is left to the page, which applies the shared matchesFilter to the hits.
 */
export function toSearchFilter(filter: ActionFilter): ActionFilterInput {
  return {
    leadOrganisationId: filter.organisationId,
    deliveryGroupId: filter.groupId,
    leadPersonId: filter.leadPersonId,
    rags: filter.rag && filter.rag !== 'None' ? [filter.rag] : null,
    lifecycleStatuses: filter.state ? [filter.state] : null,
    overdue: filter.overdueOnly ? true : null,
  };
}

export const MATCH_WORD: Record<string, string> = {
  ref: 'reference',
  title: 'title',
  description: 'description',
  narrative: 'progress update',
};
