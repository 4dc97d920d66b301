import { LifecycleStatus, Rag, ReviewState, PeriodState, GroupKind } from './enums';

/** Words shown to people. RAG is never shown by colour alone, so every colour has its word. */
export const RAG_LABEL: Record<Rag, string> = { [Rag.Red]: 'Red', [Rag.Amber]: 'Amber', [Rag.Green]: 'Green' };

export const LIFECYCLE_LABEL: Record<LifecycleStatus, string> = {
  [LifecycleStatus.NotStarted]: 'Not started',
  [LifecycleStatus.InProgress]: 'In progress',
  [LifecycleStatus.Ongoing]: 'Ongoing',
  [LifecycleStatus.Complete]: 'Complete',
  [LifecycleStatus.Deferred]: 'Deferred',
  [LifecycleStatus.Cancelled]: 'Cancelled',
};

export const REVIEW_STATE_LABEL: Record<ReviewState, string> = {
  [ReviewState.Draft]: 'Draft',
  [ReviewState.Submitted]: 'Submitted',
  [ReviewState.Accepted]: 'Accepted',
  [ReviewState.Returned]: 'Returned',
};

export const PERIOD_STATE_LABEL: Record<PeriodState, string> = {
  [PeriodState.Open]: 'Open',
  [PeriodState.InReview]: 'In review',
  [PeriodState.SignedOff]: 'Signed off',
};

export const GROUP_KIND_LABEL: Record<GroupKind, string> = {
  [GroupKind.Board]: 'Board',
  [GroupKind.SeniorOfficerGroup]: 'Senior officer group',
  [GroupKind.DeliveryGroup]: 'Delivery group',
  [GroupKind.TaskAndFinishGroup]: 'Task and finish group',
  [GroupKind.Other]: 'Other',
};

/** Default colour meanings; a partnership or strategy may replace them with its own. */
export const DEFAULT_RAG_DEFINITIONS: Record<Rag, string> = {
  [Rag.Red]: 'Off track: significant delay or risk that needs intervention by the senior officer group.',
  [Rag.Amber]: 'At risk: some slippage or issues, being managed by the lead.',
  [Rag.Green]: 'On track: progressing as planned.',
};
