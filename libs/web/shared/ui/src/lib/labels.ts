/** GraphQL enum values as the API sends them (the generated types are structurally the same strings). */
export type RagValue = 'Red' | 'Amber' | 'Green';
export type ReviewStateValue = 'Draft' | 'Submitted' | 'Accepted' | 'Returned';
export type LifecycleValue = 'NotStarted' | 'InProgress' | 'Ongoing' | 'Complete' | 'Deferred' | 'Cancelled';

export const RAG_WORD: Record<RagValue, string> = { Red: 'Red', Amber: 'Amber', Green: 'Green' };
export const RAG_ORDER: readonly RagValue[] = ['Red', 'Amber', 'Green'];

export const LIFECYCLE_WORD: Record<LifecycleValue, string> = {
  NotStarted: 'Not started',
  InProgress: 'In progress',
  Ongoing: 'Ongoing',
  Complete: 'Complete',
  Deferred: 'Deferred',
  Cancelled: 'Cancelled',
};

export const REVIEW_STATE_WORD: Record<ReviewStateValue, string> = {
  Draft: 'Draft',
  Submitted: 'Submitted',
  Accepted: 'Accepted',
  Returned: 'Returned',
};

/** GOV.UK tag modifiers: dark text on a light tint, all meeting AA contrast. */
export const RAG_TAG_CLASS: Record<RagValue, string> = {
  Red: 'govuk-tag--red',
  Amber: 'govuk-tag--yellow',
  Green: 'govuk-tag--green',
};
