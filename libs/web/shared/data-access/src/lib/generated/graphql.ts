/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptCorrectionProposalInput = {
  id: string;
  version: number;
};

export type AcceptProgressUpdateInput = {
  comment?: string | null | undefined;
  id: string;
  version: number;
};

/** Submitted updates to accept together, each with the version the reviewer saw. */
export type AcceptProgressUpdatesInput = {
  updates: Array<UpdateVersionInput>;
};

/** Whether a person can sign in: not invited yet, invited (a live invitation), active (has a password), or deactivated. */
export type AccountStatus =
  | 'Active'
  | 'Deactivated'
  | 'Invited'
  | 'NotInvited';

/** Every given criterion must hold (AND); lists mean any of (OR). */
export type ActionFilterInput = {
  deliveryGroupId?: string | null | undefined;
  leadOrganisationId?: string | null | undefined;
  leadPersonId?: string | null | undefined;
  lifecycleStatuses?: Array<LifecycleStatus> | null | undefined;
  /** Actions of that period’s strategy with no update for it. */
  missingUpdateForPeriodId?: string | null | undefined;
  objectiveId?: string | null | undefined;
  /** true: only overdue; false: only not overdue. */
  overdue?: boolean | null | undefined;
  ragPeriodId?: string | null | undefined;
  /** Effective RAG (validated, else proposed) in ragPeriodId, or in the latest update. */
  rags?: Array<Rag> | null | undefined;
  strategyId?: string | null | undefined;
  themeId?: string | null | undefined;
};

export type ArchiveThemeCommentaryInput = {
  id: string;
  version: number;
};

/** Filters of the partnership audit log; dates are calendar dates in the partnership, inclusive. */
export type AuditLogInput = {
  /** The nextCursor of the previous page. */
  after?: string | null | undefined;
  /** Entries per page, 1 to 100 (50 when left out). */
  first?: number | null | undefined;
  /** YYYY-MM-DD, inclusive. */
  from?: string | null | undefined;
  /** Only changes made by this person. */
  personId?: string | null | undefined;
  /** Only records of this type, e.g. "action", "indicator". */
  recordType?: string | null | undefined;
  /** YYYY-MM-DD, inclusive. */
  to?: string | null | undefined;
};

export type BoardReportInput = {
  /** Extra columns: lead, due, rag, history. */
  columns?: Array<string> | null | undefined;
  historyLength?: number | null | undefined;
  includeIndicators?: boolean | null | undefined;
  /** Add the RAG trend section (counts and percentages per period and theme). */
  includeRagTrend?: boolean | null | undefined;
  /** Include updates not yet accepted, marked. Accountable group and administrators only. */
  includeUnaccepted?: boolean | null | undefined;
  introduction?: string | null | undefined;
  onlyExceptions?: boolean | null | undefined;
  periodId?: string | null | undefined;
  strategyId: string;
  themeIds?: Array<string> | null | undefined;
  /** A stored version of a signed-off period's report; the latest when absent. */
  version?: number | null | undefined;
};

export type BoardReportSettingsInput = {
  periodId: string;
  strategyId: string;
};

export type BoardReportVersionsInput = {
  periodId: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 12 characters, at most 128, not a commonly used password. */
  password: string;
};

export type ChoosePartnershipInput = {
  partnershipId: string;
};

export type ClearSingleSignOnLinkInput = {
  personId: string;
};

export type CorrectProgressUpdateInput = {
  id: string;
  lifecycleStatus?: LifecycleStatus | null | undefined;
  narrative?: string | null | undefined;
  percentComplete?: number | null | undefined;
  proposedRag?: Rag | null | undefined;
  /** Why the signed-off update is being corrected. Required. */
  reason: string;
  validatedRag?: Rag | null | undefined;
  version: number;
};

export type CorrectionProposalState =
  | 'Accepted'
  | 'Declined'
  | 'Pending';

export type CreateActionInput = {
  /** ISO date. Changing it keeps originalDueOn and counts a reschedule. */
  currentDueOn?: string | null | undefined;
  deliveryGroupId?: string | null | undefined;
  description?: string | null | undefined;
  leadOrganisationId?: string | null | undefined;
  leadPersonId?: string | null | undefined;
  lifecycleStatus?: LifecycleStatus | null | undefined;
  objectiveId?: string | null | undefined;
  ref?: string | null | undefined;
  /** ISO date */
  startsOn?: string | null | undefined;
  supportingOrganisationIds?: Array<string> | null | undefined;
  themeId: string;
  title: string;
};

export type CreateGroupInput = {
  description?: string | null | undefined;
  kind: GroupKind;
  name: string;
};

export type CreateIndicatorInput = {
  baseline?: number | null | undefined;
  direction: IndicatorDirection;
  name: string;
  /** Attach to one objective of the strategy; null for the whole strategy. */
  objectiveId?: string | null | undefined;
  strategyId: string;
  target?: number | null | undefined;
  /** How far short of the target (in the indicator's unit) a value still counts as within tolerance; 0 or more. */
  tolerance?: number | null | undefined;
  /** e.g. "%", "reports"; empty when the figure is a plain count. */
  unit?: string | null | undefined;
};

export type CreateObjectiveInput = {
  themeId: string;
  title: string;
};

export type CreateOrganisationInput = {
  name: string;
  shortName?: string | null | undefined;
};

export type CreatePersonInput = {
  email: string;
  fullName: string;
  isAdministrator?: boolean | null | undefined;
  jobTitle?: string | null | undefined;
  organisationId?: string | null | undefined;
};

export type CreateReportingPeriodInput = {
  /** ISO date */
  endsOn: string;
  name: string;
  /** ISO date */
  startsOn: string;
  strategyId: string;
  /** ISO date */
  updateDeadline: string;
};

export type CreateStrategyInput = {
  accountableGroupId?: string | null | undefined;
  actionLabel?: string | null | undefined;
  description?: string | null | undefined;
  /** ISO date */
  endsOn: string;
  hasObjectiveLevel?: boolean | null | undefined;
  objectiveLabel?: string | null | undefined;
  parentStrategyId?: string | null | undefined;
  principles?: Array<string> | null | undefined;
  ragDefinitions?: RagDefinitionsInput | null | undefined;
  reportingCadence?: ReportingCadence | null | undefined;
  shortTitle?: string | null | undefined;
  /** ISO date */
  startsOn: string;
  themeLabel?: string | null | undefined;
  title: string;
  vision?: string | null | undefined;
};

export type CreateThemeInput = {
  description?: string | null | undefined;
  strategyId: string;
  title: string;
};

export type DeclineCorrectionProposalInput = {
  id: string;
  /** Why the correction is declined, for the lead. Required. */
  reason: string;
  version: number;
};

/** Deletes a period nothing refers to yet (no updates, commentary, indicator values or frozen report). */
export type DeleteReportingPeriodInput = {
  id: string;
  version: number;
};

export type GroupKind =
  | 'Board'
  | 'DeliveryGroup'
  | 'Other'
  | 'SeniorOfficerGroup'
  | 'TaskAndFinishGroup';

export type GroupMemberInput = {
  groupId: string;
  isChair?: boolean | null | undefined;
  personId: string;
};

export type IndicatorDirection =
  | 'HigherIsBetter'
  | 'LowerIsBetter';

export type IndicatorMove =
  | 'Down'
  | 'Up';

export type InvitePersonInput = {
  email: string;
  /** Needed when nobody in the partnership has this address yet. */
  fullName?: string | null | undefined;
};

export type LifecycleStatus =
  | 'Cancelled'
  | 'Complete'
  | 'Deferred'
  | 'InProgress'
  | 'NotStarted'
  | 'Ongoing';

/** Notifications of the signed-in person to mark read; ids of anyone else’s are ignored. */
export type MarkNotificationsReadInput = {
  ids: Array<string>;
};

/** Moves an indicator one place up or down among its strategy's live indicators. */
export type MoveIndicatorInput = {
  direction: IndicatorMove;
  id: string;
  /** The version you last loaded; a stale version is refused with CONFLICT. */
  version: number;
};

/** A new strategy to import into: title and years, e.g. 2017 to 2020 (1 April 2017 – 31 March 2020). */
export type NewStrategyInput = {
  /** The group the strategy answers to (usually the senior officer group). Left out: the partnership’s only, or first, senior officer group. */
  accountableGroupId?: string | null | undefined;
  endYear: number;
  /** Create a reporting period for every quarter of the strategy’s years, not only the periods the file names. */
  everyQuarter?: boolean | null | undefined;
  startYear: number;
  title: string;
};

/** How a kind of notification is e-mailed (it is always listed in the app). */
export type NotificationDelivery =
  | 'DailyDigest'
  | 'Immediate'
  | 'Off';

/** What a notification is about. */
export type NotificationKind =
  | 'PeriodSignedOff'
  | 'RagChanged'
  | 'ReviewDigest'
  | 'UpdateReturned';

export type NotificationPreferenceInput = {
  delivery: NotificationDelivery;
  kind: NotificationKind;
};

/** Where an e-mail is in its delivery. */
export type OutboxStatus =
  | 'Failed'
  | 'Queued'
  | 'Sending'
  | 'Sent';

/** The partnership's own meaning of each colour. Leave a colour out to keep its text; null or blank reverts it to the default. */
export type PartnershipRagDefinitionsInput = {
  amber?: string | null | undefined;
  green?: string | null | undefined;
  red?: string | null | undefined;
};

/** Why a one-time set-password link was sent. */
export type PasswordLinkPurpose =
  | 'Invitation'
  | 'PasswordReset';

export type PeriodState =
  | 'InReview'
  | 'Open'
  | 'SignedOff';

export type PersonRefInput = {
  personId: string;
};

/** A plan spreadsheet (.xlsx or .csv), uploaded first, and the strategy to import it into: an existing one or a new one. */
export type PlanImportInput = {
  newStrategy?: NewStrategyInput | null | undefined;
  strategyId?: string | null | undefined;
  /** The id `POST /api/import/uploads` answered for the file (kept for an hour, for the person who uploaded it). */
  uploadId: string;
};

/** A delivery lead's proposed correction to their update of a signed-off period; a reviewer accepts or declines it. */
export type ProposeCorrectionInput = {
  lifecycleStatus?: LifecycleStatus | null | undefined;
  narrative?: string | null | undefined;
  percentComplete?: number | null | undefined;
  proposedRag?: Rag | null | undefined;
  /** Why the update needs correcting. Required. */
  reason: string;
  updateId: string;
};

/** Red (off track), Amber (at risk), Green (on track). */
export type Rag =
  | 'Amber'
  | 'Green'
  | 'Red';

/** Leave a colour out to keep its current (or default) meaning. */
export type RagDefinitionsInput = {
  amber?: string | null | undefined;
  green?: string | null | undefined;
  red?: string | null | undefined;
};

/** Creates the value of an indicator for a period, or updates it (pass the version you last loaded). */
export type RecordIndicatorValueInput = {
  indicatorId: string;
  note?: string | null | undefined;
  periodId: string;
  value: number;
  /** Required when the value already exists. */
  version?: number | null | undefined;
};

/** The template to remove: the partnership goes back to the built-in template. */
export type RemoveReportTemplateInput = {
  id: string;
};

/** Reopens a signed-off period into review. Administrator or accountable group. */
export type ReopenReportingPeriodInput = {
  id: string;
  /** Why it is reopened; kept in the audit trail. Required. */
  reason: string;
  version: number;
};

/** A parent's children in their new order (all of them, each once). */
export type ReorderInput = {
  orderedIds: Array<string>;
  /** Strategy (themes), theme (objectives, or actions with no objective) or objective (actions). */
  parentId: string;
};

export type ReportingCadence =
  | 'Annual'
  | 'HalfYearly'
  | 'Monthly'
  | 'Quarterly';

export type RequestPasswordResetInput = {
  email: string;
};

export type ReturnProgressUpdateInput = {
  /** What the lead needs to change. Required. */
  comment: string;
  id: string;
  version: number;
};

export type ReviewState =
  | 'Accepted'
  | 'Draft'
  | 'Returned'
  | 'Submitted';

/** Saves a period's board report settings and cover report (accountable group and administrators). */
export type SaveBoardReportSettingsInput = {
  author?: string | null | undefined;
  background?: string | null | undefined;
  closing?: string | null | undefined;
  closingHeading?: string | null | undefined;
  columns: Array<string>;
  committee?: string | null | undefined;
  contactOfficer?: string | null | undefined;
  includeIndicators: boolean;
  introduction?: string | null | undefined;
  /** YYYY-MM-DD */
  meetingOn?: string | null | undefined;
  onlyExceptions: boolean;
  periodId: string;
  purpose?: string | null | undefined;
  recommendations?: Array<string> | null | undefined;
  strategyId: string;
  /** 0 or absent for the first save of the period; then the version read. */
  version?: number | null | undefined;
};

/** Creates the update of an action for a period, or edits it while it is a draft or returned. */
export type SaveProgressUpdateInput = {
  actionId: string;
  lifecycleStatus?: LifecycleStatus | null | undefined;
  narrative: string;
  percentComplete?: number | null | undefined;
  periodId: string;
  /** Required while the action is in progress or ongoing. */
  proposedRag?: Rag | null | undefined;
  /** Required when editing an existing update. */
  version?: number | null | undefined;
};

export type SearchActionsInput = {
  /** Narrows the results; every given criterion must hold. */
  filter?: ActionFilterInput | null | undefined;
  /** Words (websearch syntax: "quoted phrase", or, -not) or an action reference; at most 200 characters. */
  query: string;
};

/** The part of an action a search matched: its reference, title, description or an update's narrative. */
export type SearchMatchField =
  | 'description'
  | 'narrative'
  | 'ref'
  | 'title';

export type SendReminderNowInput = {
  periodId: string;
  personId: string;
};

export type SetPasswordWithTokenInput = {
  /** At least 12 characters, at most 128, not a commonly used password. */
  password: string;
  /** The token from the link (after #token=). */
  token: string;
};

export type SetPeriodStateInput = {
  id: string;
  state: PeriodState;
  version: number;
};

export type SetRemindersPausedInput = {
  /** True pauses scheduled reminders and chasers (e.g. while on leave); false resumes them. */
  paused: boolean;
  personId: string;
};

export type SignInInput = {
  email: string;
  password: string;
};

/** Submitted but not reviewed, returned to its lead, still a draft, or no update at all. */
export type SignOffOutstandingKind =
  | 'Draft'
  | 'Missing'
  | 'Returned'
  | 'Submitted';

export type SubmitProgressUpdateInput = {
  id: string;
  version: number;
};

export type UpdateActionInput = {
  /** ISO date. Changing it keeps originalDueOn and counts a reschedule. */
  currentDueOn?: string | null | undefined;
  deliveryGroupId?: string | null | undefined;
  description?: string | null | undefined;
  id: string;
  leadOrganisationId?: string | null | undefined;
  leadPersonId?: string | null | undefined;
  lifecycleStatus?: LifecycleStatus | null | undefined;
  objectiveId?: string | null | undefined;
  ref?: string | null | undefined;
  /** ISO date */
  startsOn?: string | null | undefined;
  supportingOrganisationIds?: Array<string> | null | undefined;
  /** Move to another theme of the same strategy. */
  themeId?: string | null | undefined;
  title?: string | null | undefined;
  /** The version you last loaded; a stale version is refused with CONFLICT. */
  version: number;
};

export type UpdateGroupInput = {
  description?: string | null | undefined;
  id: string;
  kind?: GroupKind | null | undefined;
  name?: string | null | undefined;
  version: number;
};

/** Fields left out keep their value; baseline, target, tolerance or objectiveId null clears them. */
export type UpdateIndicatorInput = {
  baseline?: number | null | undefined;
  direction?: IndicatorDirection | null | undefined;
  id: string;
  name?: string | null | undefined;
  objectiveId?: string | null | undefined;
  target?: number | null | undefined;
  /** How far short of the target (in the indicator's unit) a value still counts as within tolerance; 0 or more. */
  tolerance?: number | null | undefined;
  unit?: string | null | undefined;
  /** The version you last loaded; a stale version is refused with CONFLICT. */
  version: number;
};

/** Fields left out keep their text; null or blank clears a field (the pages then show default wording). */
export type UpdateNoticeSettingsInput = {
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  dataController?: string | null | undefined;
  dataProtectionOfficer?: string | null | undefined;
  lawfulBasis?: string | null | undefined;
  organisationName?: string | null | undefined;
  partnershipId: string;
  processors?: string | null | undefined;
  retention?: string | null | undefined;
  /** The version you last loaded; a stale version is refused with CONFLICT. */
  version: number;
};

/** The signed-in person’s choices; kinds left out keep their current delivery. */
export type UpdateNotificationSettingsInput = {
  preferences: Array<NotificationPreferenceInput>;
  version: number;
};

export type UpdateObjectiveInput = {
  id: string;
  title?: string | null | undefined;
  /** The version you last loaded; a stale version is refused with CONFLICT. */
  version: number;
};

export type UpdateOrganisationInput = {
  id: string;
  name?: string | null | undefined;
  shortName?: string | null | undefined;
  version: number;
};

/** Settings of the signed-in administrator's partnership. */
export type UpdatePartnershipInput = {
  name?: string | null | undefined;
  ragDefinitions?: PartnershipRagDefinitionsInput | null | undefined;
  shortName?: string | null | undefined;
  /** IANA time zone, e.g. Europe/London. */
  timeZone?: string | null | undefined;
  /** The version you last loaded; a stale version is refused with CONFLICT. */
  version: number;
};

export type UpdatePersonInput = {
  email?: string | null | undefined;
  fullName?: string | null | undefined;
  id: string;
  isAdministrator?: boolean | null | undefined;
  jobTitle?: string | null | undefined;
  organisationId?: string | null | undefined;
  version: number;
};

export type UpdateReminderSettingsInput = {
  chaserDaysAfter: number;
  chaserEnabled: boolean;
  escalationDaysAfter: number;
  escalationEnabled: boolean;
  reminderDaysBefore: number;
  reminderEnabled: boolean;
  strategyId: string;
  version: number;
};

export type UpdateReportingPeriodInput = {
  /** ISO date */
  endsOn?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  /** ISO date */
  startsOn?: string | null | undefined;
  /** ISO date */
  updateDeadline?: string | null | undefined;
  version: number;
};

/** The signed-in administrator's partnership's single sign-on. Fields left out keep their value. */
export type UpdateSingleSignOnInput = {
  /** The administrators who may still use a password when sign-in is single sign-on only. */
  breakGlassPersonIds?: Array<string> | null | undefined;
  /** The application (client) ID. */
  clientId?: string | null | undefined;
  /** Write-only; left out or blank keeps the stored secret. */
  clientSecret?: string | null | undefined;
  /** e.g. https://login.microsoftonline.com/<tenant-id>/v2.0; null or blank turns single sign-on off. */
  issuer?: string | null | undefined;
  jitEmailDomains?: Array<string> | null | undefined;
  ssoOnly?: boolean | null | undefined;
  /** The version you last loaded; a stale version is refused with CONFLICT. */
  version: number;
};

export type UpdateStrategyInput = {
  accountableGroupId?: string | null | undefined;
  actionLabel?: string | null | undefined;
  description?: string | null | undefined;
  /** ISO date */
  endsOn?: string | null | undefined;
  hasObjectiveLevel?: boolean | null | undefined;
  id: string;
  objectiveLabel?: string | null | undefined;
  parentStrategyId?: string | null | undefined;
  principles?: Array<string> | null | undefined;
  ragDefinitions?: RagDefinitionsInput | null | undefined;
  reportingCadence?: ReportingCadence | null | undefined;
  shortTitle?: string | null | undefined;
  /** ISO date */
  startsOn?: string | null | undefined;
  themeLabel?: string | null | undefined;
  title?: string | null | undefined;
  version: number;
  vision?: string | null | undefined;
};

export type UpdateThemeCommentaryInput = {
  body?: string | null | undefined;
  id: string;
  sortOrder?: number | null | undefined;
  version: number;
};

export type UpdateThemeInput = {
  description?: string | null | undefined;
  id: string;
  title?: string | null | undefined;
  /** The version you last loaded; a stale version is refused with CONFLICT. */
  version: number;
};

/** One update as the reviewer saw it: its id and the version on their page. */
export type UpdateVersionInput = {
  id: string;
  version: number;
};

/** Roles derived from memberships; a person may hold several. Every signed-in person is a viewer. */
export type UserRole =
  | 'Administrator'
  | 'DeliveryLead'
  | 'SeniorOfficer'
  | 'Viewer';

export type ValidateRagInput = {
  id: string;
  /** Required when the validated RAG differs from the proposed one. */
  reason?: string | null | undefined;
  /** Null clears the validation (the proposed RAG stands). */
  validatedRag?: Rag | null | undefined;
  version: number;
};

export type VersionedRefInput = {
  id: string;
  version: number;
};

/** Takes back a submitted update that no reviewer has looked at yet; it becomes a draft again. */
export type WithdrawProgressUpdateInput = {
  id: string;
  version: number;
};

export type WriteThemeCommentaryInput = {
  body: string;
  periodId: string;
  /** Defaults to after the last paragraph. */
  sortOrder?: number | null | undefined;
  themeId: string;
};

export type PasswordLinkQueryVariables = Exact<{
  token: string;
}>;


export type PasswordLinkQuery = { passwordLink: { purpose: PasswordLinkPurpose, fullName: string, email: string } | null };

export type SetPasswordWithTokenMutationVariables = Exact<{
  input: SetPasswordWithTokenInput;
}>;


export type SetPasswordWithTokenMutation = { setPasswordWithToken: { personId: string, fullName: string, email: string, isAdministrator: boolean, roles: Array<UserRole>, deliveryGroupIds: Array<string>, reviewerOfStrategyIds: Array<string> } };

export type NeedsFirstAdministratorQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedsFirstAdministratorQuery = { needsFirstAdministrator: boolean };

export type AdminStructureActionFragment = { leadOrganisationName: string | null, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus };

export type AdminStrategyDetailQueryVariables = Exact<{
  id: string;
}>;


export type AdminStrategyDetailQuery = { strategy: { id: string, version: number, title: string, shortTitle: string | null, startsOn: string, endsOn: string, description: string | null, themeLabel: string, objectiveLabel: string, actionLabel: string, hasObjectiveLevel: boolean, reportingCadence: ReportingCadence, accountableGroupId: string | null, parentStrategyId: string | null, ragDefinitions: { red: string, amber: string, green: string }, themes: Array<{ id: string, version: number, number: number, title: string, description: string | null, actions: Array<{ leadOrganisationName: string | null, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus }>, objectives: Array<{ id: string, version: number, number: number, title: string, actions: Array<{ leadOrganisationName: string | null, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus }> }> }> } };

export type AdminStrategyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStrategyChoicesQuery = { strategies: Array<{ id: string, title: string }>, groups: Array<{ id: string, name: string, kind: GroupKind }> };

export type CreateStrategyMutationVariables = Exact<{
  input: CreateStrategyInput;
}>;


export type CreateStrategyMutation = { createStrategy: { id: string, title: string } };

export type UpdateStrategyMutationVariables = Exact<{
  input: UpdateStrategyInput;
}>;


export type UpdateStrategyMutation = { updateStrategy: { id: string, title: string, version: number } };

export type ArchiveStrategyMutationVariables = Exact<{
  input: VersionedRefInput;
}>;


export type ArchiveStrategyMutation = { archiveStrategy: { id: string, archivedAt: string | null } };

export type CreateThemeMutationVariables = Exact<{
  input: CreateThemeInput;
}>;


export type CreateThemeMutation = { createTheme: { id: string, title: string } };

export type UpdateThemeMutationVariables = Exact<{
  input: UpdateThemeInput;
}>;


export type UpdateThemeMutation = { updateTheme: { id: string, title: string, version: number } };

export type ArchiveThemeMutationVariables = Exact<{
  input: VersionedRefInput;
}>;


export type ArchiveThemeMutation = { archiveTheme: { id: string } };

export type CreateObjectiveMutationVariables = Exact<{
  input: CreateObjectiveInput;
}>;


export type CreateObjectiveMutation = { createObjective: { id: string, title: string } };

export type UpdateObjectiveMutationVariables = Exact<{
  input: UpdateObjectiveInput;
}>;


export type UpdateObjectiveMutation = { updateObjective: { id: string, title: string, version: number } };

export type ArchiveObjectiveMutationVariables = Exact<{
  input: VersionedRefInput;
}>;


export type ArchiveObjectiveMutation = { archiveObjective: { id: string } };

export type ArchiveActionMutationVariables = Exact<{
  input: VersionedRefInput;
}>;


export type ArchiveActionMutation = { archiveAction: { id: string } };

export type ReorderThemesMutationVariables = Exact<{
  input: ReorderInput;
}>;


export type ReorderThemesMutation = { reorderThemes: { id: string } };

export type ReorderObjectivesMutationVariables = Exact<{
  input: ReorderInput;
}>;


export type ReorderObjectivesMutation = { reorderObjectives: { id: string } };

export type ReorderActionsMutationVariables = Exact<{
  input: ReorderInput;
}>;


export type ReorderActionsMutation = { reorderActions: { id: string } };

export type AdminDirectoryRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDirectoryRecordsQuery = { organisations: Array<{ id: string, version: number, name: string, shortName: string | null }>, groups: Array<{ id: string, version: number, name: string, kind: GroupKind, description: string | null, members: Array<{ personId: string, fullName: string, isChair: boolean, organisationName: string | null }> }>, people: Array<{ id: string, version: number, fullName: string, email: string, jobTitle: string | null, organisationId: string | null, organisationName: string | null, isAdministrator: boolean }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, version: number } };

export type ArchiveOrganisationMutationVariables = Exact<{
  input: VersionedRefInput;
}>;


export type ArchiveOrganisationMutation = { archiveOrganisation: { id: string, archivedAt: string | null } };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { createGroup: { id: string, name: string } };

export type UpdateGroupMutationVariables = Exact<{
  input: UpdateGroupInput;
}>;


export type UpdateGroupMutation = { updateGroup: { id: string, name: string, version: number } };

export type ArchiveGroupMutationVariables = Exact<{
  input: VersionedRefInput;
}>;


export type ArchiveGroupMutation = { archiveGroup: { id: string, archivedAt: string | null } };

export type AddGroupMemberMutationVariables = Exact<{
  input: GroupMemberInput;
}>;


export type AddGroupMemberMutation = { addGroupMember: { id: string, version: number, members: Array<{ personId: string, fullName: string, isChair: boolean, organisationName: string | null }> } };

export type RemoveGroupMemberMutationVariables = Exact<{
  input: GroupMemberInput;
}>;


export type RemoveGroupMemberMutation = { removeGroupMember: { id: string, version: number, members: Array<{ personId: string, fullName: string, isChair: boolean, organisationName: string | null }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, fullName: string } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, fullName: string, version: number } };

export type ArchivePersonMutationVariables = Exact<{
  input: VersionedRefInput;
}>;


export type ArchivePersonMutation = { archivePerson: { id: string, archivedAt: string | null } };

export type PlanImportPreviewFieldsFragment = { applied: boolean, canApply: boolean, fileName: string, encoding: string | null, headerRowNumber: number, headerNote: string | null, periodsNote: string | null, newStrategy: boolean, rowsRead: number, strategyId: string | null, strategyTitle: string, accountableGroup: { id: string | null, name: string | null, note: string } | null, sample: Array<{ row: number, operation: string, ref: string | null, theme: string, objective: string | null, title: string, leadOrganisation: string | null, leadOfficer: string | null, dueDate: string | null, updates: Array<{ period: string, rag: string | null, progress: string }> }>, counts: Array<{ entity: string, created: number, updated: number, unchanged: number }>, problems: Array<{ row: number | null, column: string | null, columnLetter: string | null, message: string }>, ignoredColumns: Array<{ header: string, letter: string, reason: string }> };

export type PreviewPlanImportMutationVariables = Exact<{
  input: PlanImportInput;
}>;


export type PreviewPlanImportMutation = { previewPlanImport: { applied: boolean, canApply: boolean, fileName: string, encoding: string | null, headerRowNumber: number, headerNote: string | null, periodsNote: string | null, newStrategy: boolean, rowsRead: number, strategyId: string | null, strategyTitle: string, accountableGroup: { id: string | null, name: string | null, note: string } | null, sample: Array<{ row: number, operation: string, ref: string | null, theme: string, objective: string | null, title: string, leadOrganisation: string | null, leadOfficer: string | null, dueDate: string | null, updates: Array<{ period: string, rag: string | null, progress: string }> }>, counts: Array<{ entity: string, created: number, updated: number, unchanged: number }>, problems: Array<{ row: number | null, column: string | null, columnLetter: string | null, message: string }>, ignoredColumns: Array<{ header: string, letter: string, reason: string }> } };

export type ApplyPlanImportMutationVariables = Exact<{
  input: PlanImportInput;
}>;


export type ApplyPlanImportMutation = { applyPlanImport: { applied: boolean, canApply: boolean, fileName: string, encoding: string | null, headerRowNumber: number, headerNote: string | null, periodsNote: string | null, newStrategy: boolean, rowsRead: number, strategyId: string | null, strategyTitle: string, accountableGroup: { id: string | null, name: string | null, note: string } | null, sample: Array<{ row: number, operation: string, ref: string | null, theme: string, objective: string | null, title: string, leadOrganisation: string | null, leadOfficer: string | null, dueDate: string | null, updates: Array<{ period: string, rag: string | null, progress: string }> }>, counts: Array<{ entity: string, created: number, updated: number, unchanged: number }>, problems: Array<{ row: number | null, column: string | null, columnLetter: string | null, message: string }>, ignoredColumns: Array<{ header: string, letter: string, reason: string }> } };

export type AdminStrategiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStrategiesQuery = { strategies: Array<{ id: string, title: string, themeLabel: string, objectiveLabel: string, actionLabel: string, hasObjectiveLevel: boolean, startsOn: string, endsOn: string, periods: Array<{ startsOn: string, endsOn: string, updateDeadline: string, version: number, id: string, name: string, state: PeriodState }>, themes: Array<{ id: string, number: number, title: string, actions: Array<{ id: string, numberLabel: string, title: string, leadOrganisationName: string | null, currentDueOn: string | null, lifecycleStatus: LifecycleStatus }>, objectives: Array<{ id: string, number: number, title: string, actions: Array<{ id: string, numberLabel: string, title: string, leadOrganisationName: string | null, currentDueOn: string | null, lifecycleStatus: LifecycleStatus }> }> }> }> };

export type AdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationsQuery = { organisations: Array<{ id: string, name: string, shortName: string | null }> };

export type AdminGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminGroupsQuery = { groups: Array<{ id: string, name: string, kind: GroupKind, description: string | null, members: Array<{ personId: string, fullName: string, isChair: boolean, organisationName: string | null }> }> };

export type AdminPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPeopleQuery = { people: Array<{ id: string, fullName: string, email: string, jobTitle: string | null, organisationName: string | null, isAdministrator: boolean, accountStatus: AccountStatus | null, lastSignedInAt: string | null, invitationExpiresAt: string | null }> };

export type AdminActionFieldsFragment = { strategyId: string, themeId: string, objectiveId: string | null, ref: string | null, description: string | null, leadOrganisationId: string | null, leadPersonId: string | null, deliveryGroupId: string | null, startsOn: string | null, currentDueOn: string | null, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus };

export type AdminActionsQueryVariables = Exact<{
  filter?: ActionFilterInput | null | undefined;
}>;


export type AdminActionsQuery = { actions: Array<{ strategyId: string, themeId: string, objectiveId: string | null, ref: string | null, description: string | null, leadOrganisationId: string | null, leadPersonId: string | null, deliveryGroupId: string | null, startsOn: string | null, currentDueOn: string | null, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus }> };

export type CreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type CreateActionMutation = { createAction: { strategyId: string, themeId: string, objectiveId: string | null, ref: string | null, description: string | null, leadOrganisationId: string | null, leadPersonId: string | null, deliveryGroupId: string | null, startsOn: string | null, currentDueOn: string | null, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus } };

export type UpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type UpdateActionMutation = { updateAction: { strategyId: string, themeId: string, objectiveId: string | null, ref: string | null, description: string | null, leadOrganisationId: string | null, leadPersonId: string | null, deliveryGroupId: string | null, startsOn: string | null, currentDueOn: string | null, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus } };

export type CreateReportingPeriodMutationVariables = Exact<{
  input: CreateReportingPeriodInput;
}>;


export type CreateReportingPeriodMutation = { createReportingPeriod: { id: string, name: string, state: PeriodState, startsOn: string, endsOn: string, updateDeadline: string, strategyId: string } };

export type UpdateReportingPeriodMutationVariables = Exact<{
  input: UpdateReportingPeriodInput;
}>;


export type UpdateReportingPeriodMutation = { updateReportingPeriod: { id: string, name: string, startsOn: string, endsOn: string, updateDeadline: string, version: number } };

export type DeleteReportingPeriodMutationVariables = Exact<{
  input: DeleteReportingPeriodInput;
}>;


export type DeleteReportingPeriodMutation = { deleteReportingPeriod: { id: string, name: string } };

export type AuditLogQueryVariables = Exact<{
  input?: AuditLogInput | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { nextCursor: string | null, entries: Array<{ id: string, occurredAt: string, personName: string, recordType: string, recordTypeLabel: string, recordName: string, recordPath: string | null, summary: string, details: Array<string>, reason: string | null }> } };

export type ThemeCommentaryFieldsFragment = { id: string, themeId: string, periodId: string, body: string, sortOrder: number, version: number };

export type ThemeCommentaryQueryVariables = Exact<{
  strategyId: string;
  periodId: string;
}>;


export type ThemeCommentaryQuery = { themeCommentary: Array<{ themeId: string, themeNumber: number, themeTitle: string, paragraphs: Array<{ id: string, themeId: string, periodId: string, body: string, sortOrder: number, version: number }> }> };

export type WriteThemeCommentaryMutationVariables = Exact<{
  input: WriteThemeCommentaryInput;
}>;


export type WriteThemeCommentaryMutation = { writeThemeCommentary: { id: string, themeId: string, periodId: string, body: string, sortOrder: number, version: number } };

export type UpdateThemeCommentaryMutationVariables = Exact<{
  input: UpdateThemeCommentaryInput;
}>;


export type UpdateThemeCommentaryMutation = { updateThemeCommentary: { id: string, themeId: string, periodId: string, body: string, sortOrder: number, version: number } };

export type ArchiveThemeCommentaryMutationVariables = Exact<{
  input: ArchiveThemeCommentaryInput;
}>;


export type ArchiveThemeCommentaryMutation = { archiveThemeCommentary: { archivedAt: string | null, id: string, themeId: string, periodId: string, body: string, sortOrder: number, version: number } };

export type CorrectionProposalFieldsFragment = { id: string, version: number, state: CorrectionProposalState, updateId: string, actionId: string, actionTitle: string, periodId: string, reason: string, narrative: string | null, proposedRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, proposedByName: string | null, createdAt: string, decidedByName: string | null, decidedAt: string | null, decisionReason: string | null };

export type CorrectionActionFieldsFragment = { ref: string | null, leadPersonId: string | null, leadPersonName: string | null, deliveryGroupId: string | null, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus, updates: Array<{ correctionCount: number, lastCorrectionReason: string | null, isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string }> };

export type CorrectionContextQueryVariables = Exact<{
  strategyId: string;
  periodId: string;
}>;


export type CorrectionContextQuery = { strategy: { id: string, title: string, themeLabel: string, actionLabel: string, ragDefinitions: { red: string, amber: string, green: string }, periods: Array<{ id: string, name: string, state: PeriodState }>, themes: Array<{ id: string, number: number, actions: Array<{ ref: string | null, leadPersonId: string | null, leadPersonName: string | null, deliveryGroupId: string | null, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus, updates: Array<{ correctionCount: number, lastCorrectionReason: string | null, isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string }> }>, objectives: Array<{ id: string, actions: Array<{ ref: string | null, leadPersonId: string | null, leadPersonName: string | null, deliveryGroupId: string | null, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus, updates: Array<{ correctionCount: number, lastCorrectionReason: string | null, isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string }> }> }> }> }, correctionProposals: Array<{ id: string, version: number, state: CorrectionProposalState, updateId: string, actionId: string, actionTitle: string, periodId: string, reason: string, narrative: string | null, proposedRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, proposedByName: string | null, createdAt: string, decidedByName: string | null, decidedAt: string | null, decisionReason: string | null }> };

export type CorrectionProposalsQueryVariables = Exact<{
  periodId: string;
}>;


export type CorrectionProposalsQuery = { correctionProposals: Array<{ id: string, version: number, state: CorrectionProposalState, updateId: string, actionId: string, actionTitle: string, periodId: string, reason: string, narrative: string | null, proposedRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, proposedByName: string | null, createdAt: string, decidedByName: string | null, decidedAt: string | null, decisionReason: string | null }> };

export type CorrectProgressUpdateMutationVariables = Exact<{
  input: CorrectProgressUpdateInput;
}>;


export type CorrectProgressUpdateMutation = { correctProgressUpdate: { correctionCount: number, lastCorrectionReason: string | null, isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } };

export type ProposeCorrectionMutationVariables = Exact<{
  input: ProposeCorrectionInput;
}>;


export type ProposeCorrectionMutation = { proposeCorrection: { id: string, version: number, state: CorrectionProposalState, updateId: string, actionId: string, actionTitle: string, periodId: string, reason: string, narrative: string | null, proposedRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, proposedByName: string | null, createdAt: string, decidedByName: string | null, decidedAt: string | null, decisionReason: string | null } };

export type AcceptCorrectionProposalMutationVariables = Exact<{
  input: AcceptCorrectionProposalInput;
}>;


export type AcceptCorrectionProposalMutation = { acceptCorrectionProposal: { id: string, version: number, state: CorrectionProposalState, updateId: string, actionId: string, actionTitle: string, periodId: string, reason: string, narrative: string | null, proposedRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, proposedByName: string | null, createdAt: string, decidedByName: string | null, decidedAt: string | null, decisionReason: string | null } };

export type DeclineCorrectionProposalMutationVariables = Exact<{
  input: DeclineCorrectionProposalInput;
}>;


export type DeclineCorrectionProposalMutation = { declineCorrectionProposal: { id: string, version: number, state: CorrectionProposalState, updateId: string, actionId: string, actionTitle: string, periodId: string, reason: string, narrative: string | null, proposedRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, proposedByName: string | null, createdAt: string, decidedByName: string | null, decidedAt: string | null, decisionReason: string | null } };

export type AdminIndicatorFieldsFragment = { id: string, name: string, unit: string, direction: IndicatorDirection, baseline: number | null, target: number | null, tolerance: number | null, objectiveId: string | null, sortOrder: number, version: number, archivedAt: string | null, values: Array<{ id: string }> };

export type AdminIndicatorsQueryVariables = Exact<{
  strategyId: string;
}>;


export type AdminIndicatorsQuery = { indicators: Array<{ id: string, name: string, unit: string, direction: IndicatorDirection, baseline: number | null, target: number | null, tolerance: number | null, objectiveId: string | null, sortOrder: number, version: number, archivedAt: string | null, values: Array<{ id: string }> }> };

export type CreateIndicatorMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;


export type CreateIndicatorMutation = { createIndicator: { id: string, name: string, unit: string, direction: IndicatorDirection, baseline: number | null, target: number | null, tolerance: number | null, objectiveId: string | null, sortOrder: number, version: number, archivedAt: string | null, values: Array<{ id: string }> } };

export type UpdateIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;


export type UpdateIndicatorMutation = { updateIndicator: { id: string, name: string, unit: string, direction: IndicatorDirection, baseline: number | null, target: number | null, tolerance: number | null, objectiveId: string | null, sortOrder: number, version: number, archivedAt: string | null, values: Array<{ id: string }> } };

export type ArchiveIndicatorMutationVariables = Exact<{
  input: VersionedRefInput;
}>;


export type ArchiveIndicatorMutation = { archiveIndicator: { id: string, archivedAt: string | null } };

export type MoveIndicatorMutationVariables = Exact<{
  input: MoveIndicatorInput;
}>;


export type MoveIndicatorMutation = { moveIndicator: Array<{ id: string, name: string, unit: string, direction: IndicatorDirection, baseline: number | null, target: number | null, tolerance: number | null, objectiveId: string | null, sortOrder: number, version: number, archivedAt: string | null, values: Array<{ id: string }> }> };

export type IndicatorValueFieldsFragment = { id: string, indicatorId: string, periodId: string, periodName: string, value: number, note: string | null, version: number };

export type StrategyIndicatorsQueryVariables = Exact<{
  strategyId: string;
}>;


export type StrategyIndicatorsQuery = { indicators: Array<{ id: string, name: string, unit: string, direction: IndicatorDirection, baseline: number | null, target: number | null, tolerance: number | null, objectiveId: string | null, sortOrder: number, version: number, values: Array<{ id: string, indicatorId: string, periodId: string, periodName: string, value: number, note: string | null, version: number }> }> };

export type IndicatorStrategyQueryVariables = Exact<{
  id: string;
}>;


export type IndicatorStrategyQuery = { strategy: { id: string, title: string, periods: Array<{ startsOn: string, id: string, name: string, state: PeriodState }> } };

export type RecordIndicatorValueMutationVariables = Exact<{
  input: RecordIndicatorValueInput;
}>;


export type RecordIndicatorValueMutation = { recordIndicatorValue: { id: string, indicatorId: string, periodId: string, periodName: string, value: number, note: string | null, version: number } };

export type OutboxMessagesQueryVariables = Exact<{ [key: string]: never; }>;


export type OutboxMessagesQuery = { outboxMessages: Array<{ id: string, recipient: string, subject: string, textBody: string, status: OutboxStatus, attempts: number, lastError: string | null, sentAt: string | null, createdAt: string }> };

export type PublishedNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedNoticesQuery = { publishedNotices: { partnershipName: string | null, organisationName: string | null, contactEmail: string | null, contactPhone: string | null, dataController: string | null, dataProtectionOfficer: string | null, lawfulBasis: string | null, retention: string | null, processors: string | null } };

export type NoticeSettingsFieldsFragment = { partnershipId: string, version: number, organisationName: string | null, contactEmail: string | null, contactPhone: string | null, dataController: string | null, dataProtectionOfficer: string | null, lawfulBasis: string | null, retention: string | null, processors: string | null };

export type NoticeSettingsQueryVariables = Exact<{
  partnershipId: string;
}>;


export type NoticeSettingsQuery = { noticeSettings: { partnershipId: string, version: number, organisationName: string | null, contactEmail: string | null, contactPhone: string | null, dataController: string | null, dataProtectionOfficer: string | null, lawfulBasis: string | null, retention: string | null, processors: string | null } };

export type UpdateNoticeSettingsMutationVariables = Exact<{
  input: UpdateNoticeSettingsInput;
}>;


export type UpdateNoticeSettingsMutation = { updateNoticeSettings: { partnershipId: string, version: number, organisationName: string | null, contactEmail: string | null, contactPhone: string | null, dataController: string | null, dataProtectionOfficer: string | null, lawfulBasis: string | null, retention: string | null, processors: string | null } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, title: string, body: string, linkPath: string, isRead: boolean, createdAt: string };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { home: { today: string, unreadNotificationCount: number, owed: Array<{ strategyId: string, strategyTitle: string, periodId: string, periodName: string, deadline: string, deadlineInWords: string, daysUntilDeadline: number, owed: number, notStarted: number, drafts: number, returned: number, submitted: number, accepted: number, isOverdue: boolean }>, reviews: Array<{ strategyId: string, strategyTitle: string, periodId: string, periodName: string, updateDeadline: string, waiting: number }>, recentNotifications: Array<{ id: string, kind: NotificationKind, title: string, body: string, linkPath: string, isRead: boolean, createdAt: string }> } };

export type NotificationsQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type NotificationsQuery = { unreadNotificationCount: number, notifications: Array<{ id: string, kind: NotificationKind, title: string, body: string, linkPath: string, isRead: boolean, createdAt: string }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type NotificationSettingsFieldsFragment = { version: number, preferences: Array<{ kind: NotificationKind, label: string, hint: string, essential: boolean, choices: Array<NotificationDelivery>, delivery: NotificationDelivery }> };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { notificationSettings: { version: number, preferences: Array<{ kind: NotificationKind, label: string, hint: string, essential: boolean, choices: Array<NotificationDelivery>, delivery: NotificationDelivery }> } };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: UpdateNotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { version: number, preferences: Array<{ kind: NotificationKind, label: string, hint: string, essential: boolean, choices: Array<NotificationDelivery>, delivery: NotificationDelivery }> } };

export type PartnershipSettingsFieldsFragment = { id: string, name: string, shortName: string | null, timeZone: string, version: number, ragDefinitions: { red: string, amber: string, green: string } };

export type PartnershipSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipSettingsQuery = { partnership: { id: string, name: string, shortName: string | null, timeZone: string, version: number, ragDefinitions: { red: string, amber: string, green: string } } };

export type UpdatePartnershipMutationVariables = Exact<{
  input: UpdatePartnershipInput;
}>;


export type UpdatePartnershipMutation = { updatePartnership: { id: string, name: string, shortName: string | null, timeZone: string, version: number, ragDefinitions: { red: string, amber: string, green: string } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type PersonAccessFieldsFragment = { id: string, fullName: string, email: string, accountStatus: AccountStatus | null, lastSignedInAt: string | null, invitationExpiresAt: string | null };

export type InvitePersonMutationVariables = Exact<{
  input: InvitePersonInput;
}>;


export type InvitePersonMutation = { invitePerson: { id: string, fullName: string, email: string, accountStatus: AccountStatus | null, lastSignedInAt: string | null, invitationExpiresAt: string | null } };

export type ResendInvitationMutationVariables = Exact<{
  input: PersonRefInput;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, fullName: string, email: string, accountStatus: AccountStatus | null, lastSignedInAt: string | null, invitationExpiresAt: string | null } };

export type RevokeInvitationMutationVariables = Exact<{
  input: PersonRefInput;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, fullName: string, email: string, accountStatus: AccountStatus | null, lastSignedInAt: string | null, invitationExpiresAt: string | null } };

export type DeactivatePersonMutationVariables = Exact<{
  input: PersonRefInput;
}>;


export type DeactivatePersonMutation = { deactivatePerson: { id: string, fullName: string, email: string, accountStatus: AccountStatus | null, lastSignedInAt: string | null, invitationExpiresAt: string | null } };

export type UpdateSummaryFieldsFragment = { id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string };

export type UpdateFieldsFragment = { isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string };

export type OwedUpdateFieldsFragment = { actionId: string, actionRef: string | null, actionTitle: string, actionDueOn: string | null, actionLifecycleStatus: LifecycleStatus, deadline: string, isOverdue: boolean, status: string, strategyId: string, strategyTitle: string, themeId: string, themeTitle: string, themeNumber: number | null, themeLabel: string, previousPeriodName: string | null, period: { updateDeadline: string, id: string, name: string, state: PeriodState }, update: { id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } | null, previousUpdate: { id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } | null };

export type MyUpdatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyUpdatesQuery = { myUpdates: Array<{ actionId: string, actionRef: string | null, actionTitle: string, actionDueOn: string | null, actionLifecycleStatus: LifecycleStatus, deadline: string, isOverdue: boolean, status: string, strategyId: string, strategyTitle: string, themeId: string, themeTitle: string, themeNumber: number | null, themeLabel: string, previousPeriodName: string | null, period: { updateDeadline: string, id: string, name: string, state: PeriodState }, update: { id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } | null, previousUpdate: { id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } | null }> };

export type UpdateFormStrategyQueryVariables = Exact<{
  strategyId: string;
}>;


export type UpdateFormStrategyQuery = { strategy: { id: string, title: string, actionLabel: string, ragDefinitions: { red: string, amber: string, green: string } } };

export type OwedUpdatesQueryVariables = Exact<{
  periodId?: string | null | undefined;
}>;


export type OwedUpdatesQuery = { myUpdates: Array<{ actionId: string, actionRef: string | null, actionTitle: string, actionDueOn: string | null, actionLifecycleStatus: LifecycleStatus, deadline: string, isOverdue: boolean, status: string, strategyId: string, strategyTitle: string, themeId: string, themeTitle: string, themeNumber: number | null, themeLabel: string, previousPeriodName: string | null, update: { isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } | null, period: { updateDeadline: string, id: string, name: string, state: PeriodState }, previousUpdate: { id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } | null }> };

export type SaveProgressUpdateMutationVariables = Exact<{
  input: SaveProgressUpdateInput;
}>;


export type SaveProgressUpdateMutation = { saveProgressUpdate: { isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } };

export type WithdrawProgressUpdateMutationVariables = Exact<{
  input: WithdrawProgressUpdateInput;
}>;


export type WithdrawProgressUpdateMutation = { withdrawProgressUpdate: { isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } };

export type SubmitProgressUpdateMutationVariables = Exact<{
  input: SubmitProgressUpdateInput;
}>;


export type SubmitProgressUpdateMutation = { submitProgressUpdate: { isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } };

export type ReminderSettingsQueryVariables = Exact<{
  strategyId: string;
}>;


export type ReminderSettingsQuery = { reminderSettings: { strategyId: string, reminderEnabled: boolean, reminderDaysBefore: number, chaserEnabled: boolean, chaserDaysAfter: number, escalationEnabled: boolean, escalationDaysAfter: number, version: number } };

export type UpdateReminderSettingsMutationVariables = Exact<{
  input: UpdateReminderSettingsInput;
}>;


export type UpdateReminderSettingsMutation = { updateReminderSettings: { strategyId: string, reminderEnabled: boolean, reminderDaysBefore: number, chaserEnabled: boolean, chaserDaysAfter: number, escalationEnabled: boolean, escalationDaysAfter: number, version: number } };

export type CycleStatusQueryVariables = Exact<{
  periodId: string;
}>;


export type CycleStatusQuery = { cycleStatus: { periodId: string, periodName: string, strategyId: string, strategyTitle: string, updateDeadline: string, state: string, today: string, timeZone: string, people: Array<{ personId: string, fullName: string, email: string, remindersPaused: boolean, reachable: boolean, submitted: number, owed: Array<{ actionId: string, ref: string | null, title: string, updateState: string }> }>, withoutLead: Array<{ actionId: string, ref: string | null, title: string, updateState: string }>, messages: Array<{ deliveryId: string, step: string, personId: string, fullName: string, recipient: string | null, actionCount: number, createdAt: string, sentById: string | null, deliveryStatus: string | null, sentAt: string | null, attempts: number, lastError: string | null }> } };

export type SendReminderNowMutationVariables = Exact<{
  input: SendReminderNowInput;
}>;


export type SendReminderNowMutation = { sendReminderNow: { deliveryId: string, recipient: string, actionCount: number } };

export type SetRemindersPausedMutationVariables = Exact<{
  input: SetRemindersPausedInput;
}>;


export type SetRemindersPausedMutation = { setRemindersPaused: { personId: string, fullName: string, remindersPaused: boolean } };

export type ReportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportTemplateQuery = { reportTemplate: { id: string, fileName: string, byteSize: number, uploadedAt: string, uploadedByName: string | null, version: number } | null };

export type RemoveReportTemplateMutationVariables = Exact<{
  input: RemoveReportTemplateInput;
}>;


export type RemoveReportTemplateMutation = { removeReportTemplate: boolean };

export type ReportStrategiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportStrategiesQuery = { strategies: Array<{ id: string, title: string, themeLabel: string, themes: Array<{ id: string, number: number, title: string }>, periods: Array<{ startsOn: string, id: string, name: string, state: PeriodState }> }> };

export type BoardReportPreviewQueryVariables = Exact<{
  input: BoardReportInput;
}>;


export type BoardReportPreviewQuery = { boardReport: unknown };

export type BoardReportVersionsQueryVariables = Exact<{
  input: BoardReportVersionsInput;
}>;


export type BoardReportVersionsQuery = { boardReportVersions: Array<{ version: number, sha256: string, createdAt: string, createdByName: string | null }> };

export type BoardReportSettingsFieldsFragment = { id: string | null, version: number, periodId: string, startedFromPeriodName: string | null, columns: Array<string>, onlyExceptions: boolean, includeIndicators: boolean, introduction: string | null, committee: string | null, meetingOn: string | null, author: string | null, contactOfficer: string | null, purpose: string | null, recommendations: Array<string>, background: string | null, closingHeading: string | null, closing: string | null };

export type BoardReportSettingsQueryVariables = Exact<{
  input: BoardReportSettingsInput;
}>;


export type BoardReportSettingsQuery = { boardReportSettings: { id: string | null, version: number, periodId: string, startedFromPeriodName: string | null, columns: Array<string>, onlyExceptions: boolean, includeIndicators: boolean, introduction: string | null, committee: string | null, meetingOn: string | null, author: string | null, contactOfficer: string | null, purpose: string | null, recommendations: Array<string>, background: string | null, closingHeading: string | null, closing: string | null } };

export type SaveBoardReportSettingsMutationVariables = Exact<{
  input: SaveBoardReportSettingsInput;
}>;


export type SaveBoardReportSettingsMutation = { saveBoardReportSettings: { id: string | null, version: number, periodId: string, startedFromPeriodName: string | null, columns: Array<string>, onlyExceptions: boolean, includeIndicators: boolean, introduction: string | null, committee: string | null, meetingOn: string | null, author: string | null, contactOfficer: string | null, purpose: string | null, recommendations: Array<string>, background: string | null, closingHeading: string | null, closing: string | null } };

export type ReviewStrategiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewStrategiesQuery = { strategies: Array<{ id: string, title: string, periods: Array<{ updateDeadline: string, id: string, name: string, state: PeriodState }> }> };

export type ReviewActionFieldsFragment = { ref: string | null, isOverdue: boolean, currentDueOn: string | null, startsOn: string | null, leadPersonName: string | null, deliveryGroupId: string | null, deliveryGroupName: string | null, leadOrganisationId: string | null, leadOrganisationName: string | null, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus, supportingOrganisations: Array<{ id: string, name: string }>, updates: Array<{ isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string }> };

export type ReviewDashboardQueryVariables = Exact<{
  strategyId: string;
}>;


export type ReviewDashboardQuery = { strategy: { id: string, title: string, themeLabel: string, objectiveLabel: string, ragDefinitions: { red: string, amber: string, green: string }, periods: Array<{ startsOn: string, endsOn: string, updateDeadline: string, version: number, id: string, name: string, state: PeriodState }>, themes: Array<{ id: string, number: number, title: string, actions: Array<{ ref: string | null, isOverdue: boolean, currentDueOn: string | null, startsOn: string | null, leadPersonName: string | null, deliveryGroupId: string | null, deliveryGroupName: string | null, leadOrganisationId: string | null, leadOrganisationName: string | null, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus, supportingOrganisations: Array<{ id: string, name: string }>, updates: Array<{ isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string }> }>, objectives: Array<{ id: string, number: number, title: string, actions: Array<{ ref: string | null, isOverdue: boolean, currentDueOn: string | null, startsOn: string | null, leadPersonName: string | null, deliveryGroupId: string | null, deliveryGroupName: string | null, leadOrganisationId: string | null, leadOrganisationName: string | null, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus, supportingOrganisations: Array<{ id: string, name: string }>, updates: Array<{ isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string }> }> }> }> } };

export type RagDistributionQueryVariables = Exact<{
  strategyId: string;
  periodId: string;
}>;


export type RagDistributionQuery = { ragDistribution: Array<{ themeId: string, themeNumber: number, themeTitle: string, red: number, amber: number, green: number, notRated: number, total: number }> };

export type AcceptProgressUpdateMutationVariables = Exact<{
  input: AcceptProgressUpdateInput;
}>;


export type AcceptProgressUpdateMutation = { acceptProgressUpdate: { isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } };

export type AcceptProgressUpdatesMutationVariables = Exact<{
  input: AcceptProgressUpdatesInput;
}>;


export type AcceptProgressUpdatesMutation = { acceptProgressUpdates: Array<{ id: string, accepted: boolean, version: number | null, code: string | null, message: string | null }> };

export type ReturnProgressUpdateMutationVariables = Exact<{
  input: ReturnProgressUpdateInput;
}>;


export type ReturnProgressUpdateMutation = { returnProgressUpdate: { isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } };

export type ValidateRagMutationVariables = Exact<{
  input: ValidateRagInput;
}>;


export type ValidateRagMutation = { validateRag: { isStale: boolean, id: string, actionId: string, periodId: string, narrative: string, proposedRag: Rag | null, validatedRag: Rag | null, validationReason: string | null, effectiveRag: Rag | null, percentComplete: number | null, lifecycleStatus: LifecycleStatus | null, reviewState: ReviewState, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, authorName: string | null, version: number, updatedAt: string } };

export type SetPeriodStateMutationVariables = Exact<{
  input: SetPeriodStateInput;
}>;


export type SetPeriodStateMutation = { setPeriodState: { id: string, state: PeriodState, signedOffAt: string | null, version: number } };

export type RagShareFieldsFragment = { red: number, amber: number, green: number, notRated: number, total: number, redPercent: number, amberPercent: number, greenPercent: number, notRatedPercent: number };

export type RagTrendQueryVariables = Exact<{
  strategyId: string;
}>;


export type RagTrendQuery = { ragTrend: { heading: string, themeLabel: string, themes: Array<{ themeId: string, number: number, title: string }>, periods: Array<{ periodId: string, name: string, state: PeriodState, frozen: boolean, all: { red: number, amber: number, green: number, notRated: number, total: number, redPercent: number, amberPercent: number, greenPercent: number, notRatedPercent: number }, themes: Array<{ themeId: string, red: number, amber: number, green: number, notRated: number, total: number, redPercent: number, amberPercent: number, greenPercent: number, notRatedPercent: number }> }> } };

export type SearchActionsQueryVariables = Exact<{
  input: SearchActionsInput;
}>;


export type SearchActionsQuery = { searchActions: { total: number, hits: Array<{ score: number, matchedIn: Array<SearchMatchField>, snippetField: SearchMatchField, narrativePeriodName: string | null, snippet: Array<{ text: string, highlighted: boolean }>, action: { id: string, strategyId: string, numberLabel: string, ref: string | null, title: string, leadOrganisationId: string | null, leadOrganisationName: string | null, leadPersonId: string | null, leadPersonName: string | null, deliveryGroupId: string | null, deliveryGroupName: string | null, lifecycleStatus: LifecycleStatus, isOverdue: boolean, latestUpdate: { id: string, effectiveRag: Rag | null } | null } }> } };

export type ActionFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionFilterChoicesQuery = { organisations: Array<{ id: string, name: string }>, groups: Array<{ id: string, name: string, kind: GroupKind }>, people: Array<{ id: string, fullName: string }> };

export type SecurityEventsQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type SecurityEventsQuery = { securityEvents: Array<{ id: string, occurredAt: string, event: string, personId: string, personName: string, actorName: string | null, detail: string | null }> };

export type SingleSignOnLinkFieldsFragment = { personId: string, fullName: string, email: string, issuer: string | null };

export type SingleSignOnLinkQueryVariables = Exact<{
  personId: string;
}>;


export type SingleSignOnLinkQuery = { singleSignOnLink: { personId: string, fullName: string, email: string, issuer: string | null } };

export type ClearSingleSignOnLinkMutationVariables = Exact<{
  input: ClearSingleSignOnLinkInput;
}>;


export type ClearSingleSignOnLinkMutation = { clearSingleSignOnLink: { personId: string, fullName: string, email: string, issuer: string | null } };

export type SessionExpiryFieldsFragment = { secondsLeft: number, warnSeconds: number, extendable: boolean };

export type SessionExpiryQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionExpiryQuery = { sessionExpiry: { secondsLeft: number, warnSeconds: number, extendable: boolean } | null };

export type StaySignedInMutationVariables = Exact<{ [key: string]: never; }>;


export type StaySignedInMutation = { staySignedIn: { secondsLeft: number, warnSeconds: number, extendable: boolean } };

export type CurrentUserFieldsFragment = { personId: string, fullName: string, email: string, isAdministrator: boolean, roles: Array<UserRole>, deliveryGroupIds: Array<string>, reviewerOfStrategyIds: Array<string> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { personId: string, fullName: string, email: string, isAdministrator: boolean, roles: Array<UserRole>, deliveryGroupIds: Array<string>, reviewerOfStrategyIds: Array<string> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { personId: string, fullName: string, email: string, isAdministrator: boolean, roles: Array<UserRole>, deliveryGroupIds: Array<string>, reviewerOfStrategyIds: Array<string> } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type PartnershipChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipChoicesQuery = { partnershipChoices: Array<{ partnershipId: string, name: string, current: boolean }> };

export type ChoosePartnershipMutationVariables = Exact<{
  input: ChoosePartnershipInput;
}>;


export type ChoosePartnershipMutation = { choosePartnership: { personId: string, fullName: string, email: string, isAdministrator: boolean, roles: Array<UserRole>, deliveryGroupIds: Array<string>, reviewerOfStrategyIds: Array<string> } };

export type RagDefinitionFieldsFragment = { red: string, amber: string, green: string };

export type PeriodSummaryFieldsFragment = { id: string, name: string, state: PeriodState };

export type PeriodFieldsFragment = { startsOn: string, endsOn: string, updateDeadline: string, version: number, id: string, name: string, state: PeriodState };

export type GroupMemberFieldsFragment = { personId: string, fullName: string, isChair: boolean, organisationName: string | null };

export type ActionSummaryFieldsFragment = { id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus };

export type PeriodSignOffQueryVariables = Exact<{
  periodId: string;
}>;


export type PeriodSignOffQuery = { periodSignOff: { periodId: string, name: string, state: PeriodState, version: number, signedOffAt: string | null, signedOffByName: string | null, outstanding: Array<{ actionId: string, reference: string, title: string, lead: string | null, kind: SignOffOutstandingKind, consequence: string }> } };

export type ReopenReportingPeriodMutationVariables = Exact<{
  input: ReopenReportingPeriodInput;
}>;


export type ReopenReportingPeriodMutation = { reopenReportingPeriod: { id: string, state: PeriodState, version: number, signedOffAt: string | null, signedOffById: string | null } };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { signInOptions: { singleSignOn: Array<{ label: string, startUrl: string }> } };

export type SingleSignOnSettingsFieldsFragment = { issuer: string | null, clientId: string | null, clientSecretSet: boolean, jitEmailDomains: Array<string>, ssoOnly: boolean, redirectUri: string, version: number, administrators: Array<{ personId: string, fullName: string, email: string, breakGlass: boolean }> };

export type SingleSignOnSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SingleSignOnSettingsQuery = { singleSignOnSettings: { issuer: string | null, clientId: string | null, clientSecretSet: boolean, jitEmailDomains: Array<string>, ssoOnly: boolean, redirectUri: string, version: number, administrators: Array<{ personId: string, fullName: string, email: string, breakGlass: boolean }> } };

export type UpdateSingleSignOnMutationVariables = Exact<{
  input: UpdateSingleSignOnInput;
}>;


export type UpdateSingleSignOnMutation = { updateSingleSignOn: { issuer: string | null, clientId: string | null, clientSecretSet: boolean, jitEmailDomains: Array<string>, ssoOnly: boolean, redirectUri: string, version: number, administrators: Array<{ personId: string, fullName: string, email: string, breakGlass: boolean }> } };

export type ExplorerStrategiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStrategiesQuery = { strategies: Array<{ id: string, title: string, shortTitle: string | null, startsOn: string, endsOn: string, accountableGroupName: string | null, parentStrategyTitle: string | null }> };

export type ExplorerActionFieldsFragment = { number: number, ref: string | null, description: string | null, themeId: string, objectiveId: string | null, leadOrganisationId: string | null, leadOrganisationName: string | null, leadPersonId: string | null, leadPersonName: string | null, deliveryGroupId: string | null, deliveryGroupName: string | null, startsOn: string | null, currentDueOn: string | null, originalDueOn: string | null, rescheduleCount: number, isOverdue: boolean, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus, supportingOrganisations: Array<{ id: string, name: string }>, latestUpdate: { id: string, periodId: string, effectiveRag: Rag | null } | null };

export type ExplorerStrategyQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerStrategyQuery = { strategy: { id: string, title: string, shortTitle: string | null, description: string | null, vision: string | null, startsOn: string, endsOn: string, themeLabel: string, objectiveLabel: string, actionLabel: string, hasObjectiveLevel: boolean, accountableGroupName: string | null, periods: Array<{ startsOn: string, endsOn: string, id: string, name: string, state: PeriodState }>, themes: Array<{ id: string, number: number, title: string, actions: Array<{ number: number, ref: string | null, description: string | null, themeId: string, objectiveId: string | null, leadOrganisationId: string | null, leadOrganisationName: string | null, leadPersonId: string | null, leadPersonName: string | null, deliveryGroupId: string | null, deliveryGroupName: string | null, startsOn: string | null, currentDueOn: string | null, originalDueOn: string | null, rescheduleCount: number, isOverdue: boolean, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus, supportingOrganisations: Array<{ id: string, name: string }>, latestUpdate: { id: string, periodId: string, effectiveRag: Rag | null } | null }>, objectives: Array<{ id: string, number: number, title: string, actions: Array<{ number: number, ref: string | null, description: string | null, themeId: string, objectiveId: string | null, leadOrganisationId: string | null, leadOrganisationName: string | null, leadPersonId: string | null, leadPersonName: string | null, deliveryGroupId: string | null, deliveryGroupName: string | null, startsOn: string | null, currentDueOn: string | null, originalDueOn: string | null, rescheduleCount: number, isOverdue: boolean, version: number, id: string, numberLabel: string, title: string, lifecycleStatus: LifecycleStatus, supportingOrganisations: Array<{ id: string, name: string }>, latestUpdate: { id: string, periodId: string, effectiveRag: Rag | null } | null }> }> }> } };

export type ExplorerActionUpdatesQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerActionUpdatesQuery = { strategy: { id: string, themes: Array<{ id: string, actions: Array<{ id: string, updates: Array<{ id: string, periodId: string, effectiveRag: Rag | null, proposedRag: Rag | null, validatedRag: Rag | null, lifecycleStatus: LifecycleStatus | null, narrative: string, reviewState: ReviewState, authorName: string | null, updatedAt: string, isStale: boolean }> }>, objectives: Array<{ id: string, actions: Array<{ id: string, updates: Array<{ id: string, periodId: string, effectiveRag: Rag | null, proposedRag: Rag | null, validatedRag: Rag | null, lifecycleStatus: LifecycleStatus | null, narrative: string, reviewState: ReviewState, authorName: string | null, updatedAt: string, isStale: boolean }> }> }> }> } };

export type ActionHistoryQueryVariables = Exact<{
  actionId: string;
}>;


export type ActionHistoryQuery = { actionHistory: Array<{ id: string, actorName: string | null, entityType: string, operation: string, occurredAt: string, periodName: string | null, summary: string, details: Array<string> }> };

export const ActionSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}}]} as unknown as DocumentNode<ActionSummaryFieldsFragment, unknown>;
export const AdminStructureActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStructureAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}}]} as unknown as DocumentNode<AdminStructureActionFragment, unknown>;
export const PlanImportPreviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"canApply"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"headerRowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"headerNote"}},{"kind":"Field","name":{"kind":"Name","value":"periodsNote"}},{"kind":"Field","name":{"kind":"Name","value":"accountableGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"leadOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"columnLetter"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ignoredColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PlanImportPreviewFieldsFragment, unknown>;
export const AdminActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}}]} as unknown as DocumentNode<AdminActionFieldsFragment, unknown>;
export const ThemeCommentaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeCommentaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeCommentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ThemeCommentaryFieldsFragment, unknown>;
export const CorrectionProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"updateId"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<CorrectionProposalFieldsFragment, unknown>;
export const UpdateSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateSummaryFieldsFragment, unknown>;
export const UpdateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateFieldsFragment, unknown>;
export const CorrectionActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}},{"kind":"Field","name":{"kind":"Name","value":"correctionCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCorrectionReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<CorrectionActionFieldsFragment, unknown>;
export const AdminIndicatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminIndicatorFieldsFragment, unknown>;
export const IndicatorValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<IndicatorValueFieldsFragment, unknown>;
export const NoticeSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"dataController"}},{"kind":"Field","name":{"kind":"Name","value":"dataProtectionOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"processors"}}]}}]} as unknown as DocumentNode<NoticeSettingsFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"linkPath"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const NotificationSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"essential"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsFieldsFragment, unknown>;
export const RagDefinitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}}]}}]} as unknown as DocumentNode<RagDefinitionFieldsFragment, unknown>;
export const PartnershipSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ragDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RagDefinitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}}]}}]} as unknown as DocumentNode<PartnershipSettingsFieldsFragment, unknown>;
export const PersonAccessFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}}]}}]} as unknown as DocumentNode<PersonAccessFieldsFragment, unknown>;
export const PeriodSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<PeriodSummaryFieldsFragment, unknown>;
export const OwedUpdateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwedUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OwedUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionRef"}},{"kind":"Field","name":{"kind":"Name","value":"actionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"actionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"actionLifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"themeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriodName"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OwedUpdateFieldsFragment, unknown>;
export const BoardReportSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardReportSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardReportSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"startedFromPeriodName"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"onlyExceptions"}},{"kind":"Field","name":{"kind":"Name","value":"includeIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"contactOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"closingHeading"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}}]}}]} as unknown as DocumentNode<BoardReportSettingsFieldsFragment, unknown>;
export const ReviewActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"supportingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<ReviewActionFieldsFragment, unknown>;
export const RagShareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"notRated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"redPercent"}},{"kind":"Field","name":{"kind":"Name","value":"amberPercent"}},{"kind":"Field","name":{"kind":"Name","value":"greenPercent"}},{"kind":"Field","name":{"kind":"Name","value":"notRatedPercent"}}]}}]} as unknown as DocumentNode<RagShareFieldsFragment, unknown>;
export const SingleSignOnLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]} as unknown as DocumentNode<SingleSignOnLinkFieldsFragment, unknown>;
export const SessionExpiryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionExpiryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionExpiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warnSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"extendable"}}]}}]} as unknown as DocumentNode<SessionExpiryFieldsFragment, unknown>;
export const CurrentUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrentUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdministrator"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerOfStrategyIds"}}]}}]} as unknown as DocumentNode<CurrentUserFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<PeriodFieldsFragment, unknown>;
export const GroupMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]} as unknown as DocumentNode<GroupMemberFieldsFragment, unknown>;
export const SingleSignOnSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"jitEmailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"ssoOnly"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlass"}}]}}]}}]} as unknown as DocumentNode<SingleSignOnSettingsFieldsFragment, unknown>;
export const ExplorerActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleCount"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supportingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}}]} as unknown as DocumentNode<ExplorerActionFieldsFragment, unknown>;
export const PasswordLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PasswordLinkQuery, PasswordLinkQueryVariables>;
export const SetPasswordWithTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPasswordWithToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordWithTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordWithToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrentUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdministrator"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerOfStrategyIds"}}]}}]} as unknown as DocumentNode<SetPasswordWithTokenMutation, SetPasswordWithTokenMutationVariables>;
export const NeedsFirstAdministratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsFirstAdministrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsFirstAdministrator"}}]}}]} as unknown as DocumentNode<NeedsFirstAdministratorQuery, NeedsFirstAdministratorQueryVariables>;
export const AdminStrategyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStrategyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"hasObjectiveLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCadence"}},{"kind":"Field","name":{"kind":"Name","value":"accountableGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"parentStrategyId"}},{"kind":"Field","name":{"kind":"Name","value":"ragDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RagDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStructureAction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStructureAction"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStructureAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminStrategyDetailQuery, AdminStrategyDetailQueryVariables>;
export const AdminStrategyChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStrategyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AdminStrategyChoicesQuery, AdminStrategyChoicesQueryVariables>;
export const CreateStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStrategyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateStrategyMutation, CreateStrategyMutationVariables>;
export const UpdateStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStrategyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateStrategyMutation, UpdateStrategyMutationVariables>;
export const ArchiveStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveStrategyMutation, ArchiveStrategyMutationVariables>;
export const CreateThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateThemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateThemeMutation, CreateThemeMutationVariables>;
export const UpdateThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateThemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateThemeMutation, UpdateThemeMutationVariables>;
export const ArchiveThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArchiveThemeMutation, ArchiveThemeMutationVariables>;
export const CreateObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateObjectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateObjectiveMutation, CreateObjectiveMutationVariables>;
export const UpdateObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateObjectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateObjectiveMutation, UpdateObjectiveMutationVariables>;
export const ArchiveObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArchiveObjectiveMutation, ArchiveObjectiveMutationVariables>;
export const ArchiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArchiveActionMutation, ArchiveActionMutationVariables>;
export const ReorderThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderThemes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderThemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorderThemesMutation, ReorderThemesMutationVariables>;
export const ReorderObjectivesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderObjectives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderObjectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorderObjectivesMutation, ReorderObjectivesMutationVariables>;
export const ReorderActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorderActionsMutation, ReorderActionsMutationVariables>;
export const AdminDirectoryRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDirectoryRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupMemberFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"isAdministrator"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]} as unknown as DocumentNode<AdminDirectoryRecordsQuery, AdminDirectoryRecordsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const ArchiveOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveOrganisationMutation, ArchiveOrganisationMutationVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const UpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const ArchiveGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveGroupMutation, ArchiveGroupMutationVariables>;
export const AddGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]} as unknown as DocumentNode<AddGroupMemberMutation, AddGroupMemberMutationVariables>;
export const RemoveGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]} as unknown as DocumentNode<RemoveGroupMemberMutation, RemoveGroupMemberMutationVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const ArchivePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchivePersonMutation, ArchivePersonMutationVariables>;
export const PreviewPlanImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewPlanImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewPlanImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanImportPreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"canApply"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"headerRowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"headerNote"}},{"kind":"Field","name":{"kind":"Name","value":"periodsNote"}},{"kind":"Field","name":{"kind":"Name","value":"accountableGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"leadOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"columnLetter"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ignoredColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PreviewPlanImportMutation, PreviewPlanImportMutationVariables>;
export const ApplyPlanImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyPlanImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyPlanImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanImportPreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"canApply"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"headerRowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"headerNote"}},{"kind":"Field","name":{"kind":"Name","value":"periodsNote"}},{"kind":"Field","name":{"kind":"Name","value":"accountableGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"leadOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"columnLetter"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ignoredColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ApplyPlanImportMutation, ApplyPlanImportMutationVariables>;
export const AdminStrategiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStrategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"hasObjectiveLevel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminStrategiesQuery, AdminStrategiesQueryVariables>;
export const AdminOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"isChair"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]} as unknown as DocumentNode<AdminGroupsQuery, AdminGroupsQueryVariables>;
export const AdminPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"isAdministrator"}},{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}}]}}]}}]} as unknown as DocumentNode<AdminPeopleQuery, AdminPeopleQueryVariables>;
export const AdminActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminActionsQuery, AdminActionsQueryVariables>;
export const CreateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateActionMutation, CreateActionMutationVariables>;
export const UpdateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateActionMutation, UpdateActionMutationVariables>;
export const CreateReportingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReportingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportingPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReportingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}}]}}]}}]} as unknown as DocumentNode<CreateReportingPeriodMutation, CreateReportingPeriodMutationVariables>;
export const UpdateReportingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReportingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReportingPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReportingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateReportingPeriodMutation, UpdateReportingPeriodMutationVariables>;
export const DeleteReportingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReportingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteReportingPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReportingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteReportingPeriodMutation, DeleteReportingPeriodMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordPath"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ThemeCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThemeCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"themeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeCommentaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeCommentaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeCommentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ThemeCommentaryQuery, ThemeCommentaryQueryVariables>;
export const WriteThemeCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteThemeCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteThemeCommentaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeThemeCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeCommentaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeCommentaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeCommentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WriteThemeCommentaryMutation, WriteThemeCommentaryMutationVariables>;
export const UpdateThemeCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateThemeCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateThemeCommentaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateThemeCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeCommentaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeCommentaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeCommentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateThemeCommentaryMutation, UpdateThemeCommentaryMutationVariables>;
export const ArchiveThemeCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveThemeCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveThemeCommentaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveThemeCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeCommentaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeCommentaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeCommentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ArchiveThemeCommentaryMutation, ArchiveThemeCommentaryMutationVariables>;
export const CorrectionContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectionContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ragDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RagDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionActionFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}},{"kind":"Field","name":{"kind":"Name","value":"correctionCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCorrectionReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"updateId"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<CorrectionContextQuery, CorrectionContextQueryVariables>;
export const CorrectionProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectionProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"updateId"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<CorrectionProposalsQuery, CorrectionProposalsQueryVariables>;
export const CorrectProgressUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectProgressUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectProgressUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}},{"kind":"Field","name":{"kind":"Name","value":"correctionCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCorrectionReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<CorrectProgressUpdateMutation, CorrectProgressUpdateMutationVariables>;
export const ProposeCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeCorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"updateId"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<ProposeCorrectionMutation, ProposeCorrectionMutationVariables>;
export const AcceptCorrectionProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCorrectionProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptCorrectionProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCorrectionProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"updateId"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<AcceptCorrectionProposalMutation, AcceptCorrectionProposalMutationVariables>;
export const DeclineCorrectionProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineCorrectionProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineCorrectionProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCorrectionProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"updateId"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<DeclineCorrectionProposalMutation, DeclineCorrectionProposalMutationVariables>;
export const AdminIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminIndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminIndicatorsQuery, AdminIndicatorsQueryVariables>;
export const CreateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminIndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateIndicatorMutation, CreateIndicatorMutationVariables>;
export const UpdateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminIndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const ArchiveIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveIndicatorMutation, ArchiveIndicatorMutationVariables>;
export const MoveIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminIndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminIndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveIndicatorMutation, MoveIndicatorMutationVariables>;
export const StrategyIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategyIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"tolerance"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<StrategyIndicatorsQuery, StrategyIndicatorsQueryVariables>;
export const IndicatorStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<IndicatorStrategyQuery, IndicatorStrategyQueryVariables>;
export const RecordIndicatorValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIndicatorValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIndicatorValueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIndicatorValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordIndicatorValueMutation, RecordIndicatorValueMutationVariables>;
export const OutboxMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OutboxMessagesQuery, OutboxMessagesQueryVariables>;
export const PublishedNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"dataController"}},{"kind":"Field","name":{"kind":"Name","value":"dataProtectionOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"processors"}}]}}]}}]} as unknown as DocumentNode<PublishedNoticesQuery, PublishedNoticesQueryVariables>;
export const NoticeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"dataController"}},{"kind":"Field","name":{"kind":"Name","value":"dataProtectionOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"processors"}}]}}]} as unknown as DocumentNode<NoticeSettingsQuery, NoticeSettingsQueryVariables>;
export const UpdateNoticeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNoticeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNoticeSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNoticeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"dataController"}},{"kind":"Field","name":{"kind":"Name","value":"dataProtectionOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"processors"}}]}}]} as unknown as DocumentNode<UpdateNoticeSettingsMutation, UpdateNoticeSettingsMutationVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"owed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineInWords"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodName"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"linkPath"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"linkPath"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"essential"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"essential"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const PartnershipSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ragDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RagDefinitionFields"}}]}}]}}]} as unknown as DocumentNode<PartnershipSettingsQuery, PartnershipSettingsQueryVariables>;
export const UpdatePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ragDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RagDefinitionFields"}}]}}]}}]} as unknown as DocumentNode<UpdatePartnershipMutation, UpdatePartnershipMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const InvitePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonAccessFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}}]}}]} as unknown as DocumentNode<InvitePersonMutation, InvitePersonMutationVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonAccessFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonAccessFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const DeactivatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonAccessFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}}]}}]} as unknown as DocumentNode<DeactivatePersonMutation, DeactivatePersonMutationVariables>;
export const MyUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwedUpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwedUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OwedUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionRef"}},{"kind":"Field","name":{"kind":"Name","value":"actionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"actionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"actionLifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"themeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriodName"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}}]}}]}}]} as unknown as DocumentNode<MyUpdatesQuery, MyUpdatesQueryVariables>;
export const UpdateFormStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpdateFormStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ragDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RagDefinitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}}]}}]} as unknown as DocumentNode<UpdateFormStrategyQuery, UpdateFormStrategyQueryVariables>;
export const OwedUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwedUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwedUpdateFields"}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwedUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OwedUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"actionRef"}},{"kind":"Field","name":{"kind":"Name","value":"actionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"actionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"actionLifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"themeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriodName"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<OwedUpdatesQuery, OwedUpdatesQueryVariables>;
export const SaveProgressUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProgressUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveProgressUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<SaveProgressUpdateMutation, SaveProgressUpdateMutationVariables>;
export const WithdrawProgressUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProgressUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProgressUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<WithdrawProgressUpdateMutation, WithdrawProgressUpdateMutationVariables>;
export const SubmitProgressUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProgressUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProgressUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<SubmitProgressUpdateMutation, SubmitProgressUpdateMutationVariables>;
export const ReminderSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"reminderEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"chaserEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"chaserDaysAfter"}},{"kind":"Field","name":{"kind":"Name","value":"escalationEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"escalationDaysAfter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReminderSettingsQuery, ReminderSettingsQueryVariables>;
export const UpdateReminderSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReminderSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReminderSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReminderSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"reminderEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"chaserEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"chaserDaysAfter"}},{"kind":"Field","name":{"kind":"Name","value":"escalationEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"escalationDaysAfter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateReminderSettingsMutation, UpdateReminderSettingsMutationVariables>;
export const CycleStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodName"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"remindersPaused"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"owed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updateState"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withoutLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updateState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryId"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentById"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]}}]} as unknown as DocumentNode<CycleStatusQuery, CycleStatusQueryVariables>;
export const SendReminderNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReminderNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendReminderNowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReminderNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryId"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}}]}}]} as unknown as DocumentNode<SendReminderNowMutation, SendReminderNowMutationVariables>;
export const SetRemindersPausedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRemindersPaused"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRemindersPausedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRemindersPaused"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"remindersPaused"}}]}}]}}]} as unknown as DocumentNode<SetRemindersPausedMutation, SetRemindersPausedMutationVariables>;
export const ReportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReportTemplateQuery, ReportTemplateQueryVariables>;
export const RemoveReportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveReportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveReportTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeReportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveReportTemplateMutation, RemoveReportTemplateMutationVariables>;
export const ReportStrategiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportStrategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ReportStrategiesQuery, ReportStrategiesQueryVariables>;
export const BoardReportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardReportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<BoardReportPreviewQuery, BoardReportPreviewQueryVariables>;
export const BoardReportVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardReportVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardReportVersionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardReportVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]}}]} as unknown as DocumentNode<BoardReportVersionsQuery, BoardReportVersionsQueryVariables>;
export const BoardReportSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardReportSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardReportSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardReportSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardReportSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardReportSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardReportSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"startedFromPeriodName"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"onlyExceptions"}},{"kind":"Field","name":{"kind":"Name","value":"includeIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"contactOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"closingHeading"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}}]}}]} as unknown as DocumentNode<BoardReportSettingsQuery, BoardReportSettingsQueryVariables>;
export const SaveBoardReportSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveBoardReportSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveBoardReportSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBoardReportSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardReportSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardReportSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardReportSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"startedFromPeriodName"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"onlyExceptions"}},{"kind":"Field","name":{"kind":"Name","value":"includeIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"introduction"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"contactOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"closingHeading"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}}]}}]} as unknown as DocumentNode<SaveBoardReportSettingsMutation, SaveBoardReportSettingsMutationVariables>;
export const ReviewStrategiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewStrategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ReviewStrategiesQuery, ReviewStrategiesQueryVariables>;
export const ReviewDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ragDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RagDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewActionFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"supportingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}}]}}]}}]} as unknown as DocumentNode<ReviewDashboardQuery, ReviewDashboardQueryVariables>;
export const RagDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RagDistribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ragDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"themeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"notRated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<RagDistributionQuery, RagDistributionQueryVariables>;
export const AcceptProgressUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptProgressUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptProgressUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<AcceptProgressUpdateMutation, AcceptProgressUpdateMutationVariables>;
export const AcceptProgressUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptProgressUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptProgressUpdatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProgressUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AcceptProgressUpdatesMutation, AcceptProgressUpdatesMutationVariables>;
export const ReturnProgressUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnProgressUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnProgressUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<ReturnProgressUpdateMutation, ReturnProgressUpdateMutationVariables>;
export const ValidateRagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateRag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateRagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateRag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validationReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpdateSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]} as unknown as DocumentNode<ValidateRagMutation, ValidateRagMutationVariables>;
export const SetPeriodStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPeriodState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPeriodStateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPeriodState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetPeriodStateMutation, SetPeriodStateMutationVariables>;
export const RagTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RagTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ragTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RagShareFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"notRated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"redPercent"}},{"kind":"Field","name":{"kind":"Name","value":"amberPercent"}},{"kind":"Field","name":{"kind":"Name","value":"greenPercent"}},{"kind":"Field","name":{"kind":"Name","value":"notRatedPercent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RagShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RagShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"notRated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"redPercent"}},{"kind":"Field","name":{"kind":"Name","value":"amberPercent"}},{"kind":"Field","name":{"kind":"Name","value":"greenPercent"}},{"kind":"Field","name":{"kind":"Name","value":"notRatedPercent"}}]}}]} as unknown as DocumentNode<RagTrendQuery, RagTrendQueryVariables>;
export const SearchActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchActionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedIn"}},{"kind":"Field","name":{"kind":"Name","value":"snippetField"}},{"kind":"Field","name":{"kind":"Name","value":"narrativePeriodName"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchActionsQuery, SearchActionsQueryVariables>;
export const ActionFilterChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionFilterChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ActionFilterChoicesQuery, ActionFilterChoicesQueryVariables>;
export const SecurityEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<SecurityEventsQuery, SecurityEventsQueryVariables>;
export const SingleSignOnLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleSignOnLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOnLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SingleSignOnLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]} as unknown as DocumentNode<SingleSignOnLinkQuery, SingleSignOnLinkQueryVariables>;
export const ClearSingleSignOnLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearSingleSignOnLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearSingleSignOnLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearSingleSignOnLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SingleSignOnLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}}]}}]} as unknown as DocumentNode<ClearSingleSignOnLinkMutation, ClearSingleSignOnLinkMutationVariables>;
export const SessionExpiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionExpiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionExpiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionExpiryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionExpiryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionExpiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warnSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"extendable"}}]}}]} as unknown as DocumentNode<SessionExpiryQuery, SessionExpiryQueryVariables>;
export const StaySignedInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaySignedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staySignedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionExpiryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionExpiryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionExpiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warnSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"extendable"}}]}}]} as unknown as DocumentNode<StaySignedInMutation, StaySignedInMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrentUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdministrator"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerOfStrategyIds"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrentUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdministrator"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerOfStrategyIds"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const PartnershipChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<PartnershipChoicesQuery, PartnershipChoicesQueryVariables>;
export const ChoosePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChoosePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChoosePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choosePartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrentUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdministrator"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerOfStrategyIds"}}]}}]} as unknown as DocumentNode<ChoosePartnershipMutation, ChoosePartnershipMutationVariables>;
export const PeriodSignOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodSignOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodSignOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByName"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}}]}}]}}]}}]} as unknown as DocumentNode<PeriodSignOffQuery, PeriodSignOffQueryVariables>;
export const ReopenReportingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenReportingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenReportingPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenReportingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffById"}}]}}]}}]} as unknown as DocumentNode<ReopenReportingPeriodMutation, ReopenReportingPeriodMutationVariables>;
export const SignInOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}}]}}]}}]}}]} as unknown as DocumentNode<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const SingleSignOnSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleSignOnSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOnSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SingleSignOnSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"jitEmailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"ssoOnly"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlass"}}]}}]}}]} as unknown as DocumentNode<SingleSignOnSettingsQuery, SingleSignOnSettingsQueryVariables>;
export const UpdateSingleSignOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSingleSignOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSingleSignOnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSingleSignOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SingleSignOnSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SingleSignOnSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SingleSignOnSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"jitEmailDomains"}},{"kind":"Field","name":{"kind":"Name","value":"ssoOnly"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlass"}}]}}]}}]} as unknown as DocumentNode<UpdateSingleSignOnMutation, UpdateSingleSignOnMutationVariables>;
export const ExplorerStrategiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerStrategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"accountableGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"parentStrategyTitle"}}]}}]}}]} as unknown as DocumentNode<ExplorerStrategiesQuery, ExplorerStrategiesQueryVariables>;
export const ExplorerStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"hasObjectiveLevel"}},{"kind":"Field","name":{"kind":"Name","value":"accountableGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActionFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"leadPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduleCount"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supportingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}}]}}]}}]} as unknown as DocumentNode<ExplorerStrategyQuery, ExplorerStrategyQueryVariables>;
export const ExplorerActionUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerActionUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRag"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRag"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRag"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerActionUpdatesQuery, ExplorerActionUpdatesQueryVariables>;
export const ActionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<ActionHistoryQuery, ActionHistoryQueryVariables>;