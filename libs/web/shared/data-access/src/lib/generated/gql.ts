/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      fullName\n      email\n    }\n  }\n": typeof types.PasswordLinkDocument,
    "\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.SetPasswordWithTokenDocument,
    "\n  query NeedsFirstAdministrator {\n    needsFirstAdministrator\n  }\n": typeof types.NeedsFirstAdministratorDocument,
    "\n  fragment AdminStructureAction on Action {\n    ...ActionSummaryFields\n    leadOrganisationName\n    version\n  }\n": typeof types.AdminStructureActionFragmentDoc,
    "\n  query AdminStrategyDetail($id: ID!) {\n    strategy(id: $id) {\n      id\n      version\n      title\n      shortTitle\n      startsOn\n      endsOn\n      description\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      reportingCadence\n      accountableGroupId\n      parentStrategyId\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      themes {\n        id\n        version\n        number\n        title\n        description\n        actions {\n          ...AdminStructureAction\n        }\n        objectives {\n          id\n          version\n          number\n          title\n          actions {\n            ...AdminStructureAction\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminStrategyDetailDocument,
    "\n  query AdminStrategyChoices {\n    strategies {\n      id\n      title\n    }\n    groups {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AdminStrategyChoicesDocument,
    "\n  mutation CreateStrategy($input: CreateStrategyInput!) {\n    createStrategy(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateStrategyDocument,
    "\n  mutation UpdateStrategy($input: UpdateStrategyInput!) {\n    updateStrategy(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.UpdateStrategyDocument,
    "\n  mutation ArchiveStrategy($input: VersionedRefInput!) {\n    archiveStrategy(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveStrategyDocument,
    "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateThemeDocument,
    "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.UpdateThemeDocument,
    "\n  mutation ArchiveTheme($input: VersionedRefInput!) {\n    archiveTheme(input: $input) {\n      id\n    }\n  }\n": typeof types.ArchiveThemeDocument,
    "\n  mutation CreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateObjectiveDocument,
    "\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.UpdateObjectiveDocument,
    "\n  mutation ArchiveObjective($input: VersionedRefInput!) {\n    archiveObjective(input: $input) {\n      id\n    }\n  }\n": typeof types.ArchiveObjectiveDocument,
    "\n  mutation ArchiveAction($input: VersionedRefInput!) {\n    archiveAction(input: $input) {\n      id\n    }\n  }\n": typeof types.ArchiveActionDocument,
    "\n  mutation ReorderThemes($input: ReorderInput!) {\n    reorderThemes(input: $input) {\n      id\n    }\n  }\n": typeof types.ReorderThemesDocument,
    "\n  mutation ReorderObjectives($input: ReorderInput!) {\n    reorderObjectives(input: $input) {\n      id\n    }\n  }\n": typeof types.ReorderObjectivesDocument,
    "\n  mutation ReorderActions($input: ReorderInput!) {\n    reorderActions(input: $input) {\n      id\n    }\n  }\n": typeof types.ReorderActionsDocument,
    "\n  query AdminDirectoryRecords {\n    organisations {\n      id\n      version\n      name\n      shortName\n    }\n    groups {\n      id\n      version\n      name\n      kind\n      description\n      members {\n        ...GroupMemberFields\n      }\n    }\n    people {\n      id\n      version\n      fullName\n      email\n      jobTitle\n      organisationId\n      organisationName\n      isAdministrator\n    }\n  }\n": typeof types.AdminDirectoryRecordsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation ArchiveOrganisation($input: VersionedRefInput!) {\n    archiveOrganisation(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveOrganisationDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($input: VersionedRefInput!) {\n    archiveGroup(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n      version\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n": typeof types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      version\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n": typeof types.RemoveGroupMemberDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      version\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($input: VersionedRefInput!) {\n    archivePerson(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchivePersonDocument,
    "\n  fragment PlanImportPreviewFields on PlanImportPreview {\n    applied\n    canApply\n    fileName\n    encoding\n    headerRowNumber\n    headerNote\n    periodsNote\n    accountableGroup {\n      id\n      name\n      note\n    }\n    sample {\n      row\n      operation\n      ref\n      theme\n      objective\n      title\n      leadOrganisation\n      leadOfficer\n      dueDate\n      updates {\n        period\n        rag\n        progress\n      }\n    }\n    newStrategy\n    rowsRead\n    strategyId\n    strategyTitle\n    counts {\n      entity\n      created\n      updated\n      unchanged\n    }\n    problems {\n      row\n      column\n      columnLetter\n      message\n    }\n    ignoredColumns {\n      header\n      letter\n      reason\n    }\n  }\n": typeof types.PlanImportPreviewFieldsFragmentDoc,
    "\n  mutation PreviewPlanImport($input: PlanImportInput!) {\n    previewPlanImport(input: $input) {\n      ...PlanImportPreviewFields\n    }\n  }\n": typeof types.PreviewPlanImportDocument,
    "\n  mutation ApplyPlanImport($input: PlanImportInput!) {\n    applyPlanImport(input: $input) {\n      ...PlanImportPreviewFields\n    }\n  }\n": typeof types.ApplyPlanImportDocument,
    "\n  query AdminStrategies {\n    strategies {\n      id\n      title\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      startsOn\n      endsOn\n      periods {\n        ...PeriodFields\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          id\n          numberLabel\n          title\n          leadOrganisationName\n          currentDueOn\n          lifecycleStatus\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            id\n            numberLabel\n            title\n            leadOrganisationName\n            currentDueOn\n            lifecycleStatus\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminStrategiesDocument,
    "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query AdminGroups {\n    groups {\n      id\n      name\n      kind\n      description\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n": typeof types.AdminGroupsDocument,
    "\n  query AdminPeople {\n    people {\n      id\n      fullName\n      email\n      jobTitle\n      organisationName\n      isAdministrator\n      accountStatus\n      lastSignedInAt\n      invitationExpiresAt\n    }\n  }\n": typeof types.AdminPeopleDocument,
    "\n  fragment AdminActionFields on Action {\n    ...ActionSummaryFields\n    strategyId\n    themeId\n    objectiveId\n    ref\n    description\n    leadOrganisationId\n    leadPersonId\n    deliveryGroupId\n    startsOn\n    currentDueOn\n    version\n  }\n": typeof types.AdminActionFieldsFragmentDoc,
    "\n  query AdminActions($filter: ActionFilterInput) {\n    actions(filter: $filter) {\n      ...AdminActionFields\n    }\n  }\n": typeof types.AdminActionsDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...AdminActionFields\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...AdminActionFields\n    }\n  }\n": typeof types.UpdateActionDocument,
    "\n  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) {\n      id\n      name\n      state\n      startsOn\n      endsOn\n      updateDeadline\n      strategyId\n    }\n  }\n": typeof types.CreateReportingPeriodDocument,
    "\n  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {\n    updateReportingPeriod(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      updateDeadline\n      version\n    }\n  }\n": typeof types.UpdateReportingPeriodDocument,
    "\n  mutation DeleteReportingPeriod($input: DeleteReportingPeriodInput!) {\n    deleteReportingPeriod(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.DeleteReportingPeriodDocument,
    "\n  query AuditLog($input: AuditLogInput) {\n    auditLog(input: $input) {\n      nextCursor\n      entries {\n        id\n        occurredAt\n        personName\n        recordType\n        recordTypeLabel\n        recordName\n        recordPath\n        summary\n        details\n        reason\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment ThemeCommentaryFields on ThemeCommentary {\n    id\n    themeId\n    periodId\n    body\n    sortOrder\n    version\n  }\n": typeof types.ThemeCommentaryFieldsFragmentDoc,
    "\n  query ThemeCommentary($strategyId: ID!, $periodId: ID!) {\n    themeCommentary(strategyId: $strategyId, periodId: $periodId) {\n      themeId\n      themeNumber\n      themeTitle\n      paragraphs {\n        ...ThemeCommentaryFields\n      }\n    }\n  }\n": typeof types.ThemeCommentaryDocument,
    "\n  mutation WriteThemeCommentary($input: WriteThemeCommentaryInput!) {\n    writeThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n    }\n  }\n": typeof types.WriteThemeCommentaryDocument,
    "\n  mutation UpdateThemeCommentary($input: UpdateThemeCommentaryInput!) {\n    updateThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n    }\n  }\n": typeof types.UpdateThemeCommentaryDocument,
    "\n  mutation ArchiveThemeCommentary($input: ArchiveThemeCommentaryInput!) {\n    archiveThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n      archivedAt\n    }\n  }\n": typeof types.ArchiveThemeCommentaryDocument,
    "\n  fragment CorrectionProposalFields on CorrectionProposal {\n    id\n    version\n    state\n    updateId\n    actionId\n    actionTitle\n    periodId\n    reason\n    narrative\n    proposedRag\n    percentComplete\n    lifecycleStatus\n    proposedByName\n    createdAt\n    decidedByName\n    decidedAt\n    decisionReason\n  }\n": typeof types.CorrectionProposalFieldsFragmentDoc,
    "\n  fragment CorrectionActionFields on Action {\n    ...ActionSummaryFields\n    ref\n    leadPersonId\n    leadPersonName\n    deliveryGroupId\n    updates {\n      ...UpdateFields\n      correctionCount\n      lastCorrectionReason\n    }\n  }\n": typeof types.CorrectionActionFieldsFragmentDoc,
    "\n  query CorrectionContext($strategyId: ID!, $periodId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      themeLabel\n      actionLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      periods {\n        ...PeriodSummaryFields\n      }\n      themes {\n        id\n        number\n        actions {\n          ...CorrectionActionFields\n        }\n        objectives {\n          id\n          actions {\n            ...CorrectionActionFields\n          }\n        }\n      }\n    }\n    correctionProposals(periodId: $periodId) {\n      ...CorrectionProposalFields\n    }\n  }\n": typeof types.CorrectionContextDocument,
    "\n  query CorrectionProposals($periodId: ID!) {\n    correctionProposals(periodId: $periodId) {\n      ...CorrectionProposalFields\n    }\n  }\n": typeof types.CorrectionProposalsDocument,
    "\n  mutation CorrectProgressUpdate($input: CorrectProgressUpdateInput!) {\n    correctProgressUpdate(input: $input) {\n      ...UpdateFields\n      correctionCount\n      lastCorrectionReason\n    }\n  }\n": typeof types.CorrectProgressUpdateDocument,
    "\n  mutation ProposeCorrection($input: ProposeCorrectionInput!) {\n    proposeCorrection(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n": typeof types.ProposeCorrectionDocument,
    "\n  mutation AcceptCorrectionProposal($input: AcceptCorrectionProposalInput!) {\n    acceptCorrectionProposal(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n": typeof types.AcceptCorrectionProposalDocument,
    "\n  mutation DeclineCorrectionProposal($input: DeclineCorrectionProposalInput!) {\n    declineCorrectionProposal(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n": typeof types.DeclineCorrectionProposalDocument,
    "\n  fragment AdminIndicatorFields on Indicator {\n    id\n    name\n    unit\n    direction\n    baseline\n    target\n    tolerance\n    objectiveId\n    sortOrder\n    version\n    archivedAt\n    values {\n      id\n    }\n  }\n": typeof types.AdminIndicatorFieldsFragmentDoc,
    "\n  query AdminIndicators($strategyId: ID!) {\n    indicators(strategyId: $strategyId) {\n      ...AdminIndicatorFields\n    }\n  }\n": typeof types.AdminIndicatorsDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation ArchiveIndicator($input: VersionedRefInput!) {\n    archiveIndicator(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveIndicatorDocument,
    "\n  mutation MoveIndicator($input: MoveIndicatorInput!) {\n    moveIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n": typeof types.MoveIndicatorDocument,
    "\n  fragment IndicatorValueFields on IndicatorValue {\n    id\n    indicatorId\n    periodId\n    periodName\n    value\n    note\n    version\n  }\n": typeof types.IndicatorValueFieldsFragmentDoc,
    "\n  query StrategyIndicators($strategyId: ID!) {\n    indicators(strategyId: $strategyId) {\n      id\n      name\n      unit\n      direction\n      baseline\n      target\n      tolerance\n      objectiveId\n      sortOrder\n      version\n      values {\n        ...IndicatorValueFields\n      }\n    }\n  }\n": typeof types.StrategyIndicatorsDocument,
    "\n  query IndicatorStrategy($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n      }\n    }\n  }\n": typeof types.IndicatorStrategyDocument,
    "\n  mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {\n    recordIndicatorValue(input: $input) {\n      ...IndicatorValueFields\n    }\n  }\n": typeof types.RecordIndicatorValueDocument,
    "\n  query OutboxMessages {\n    outboxMessages {\n      id\n      recipient\n      subject\n      textBody\n      status\n      attempts\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n": typeof types.OutboxMessagesDocument,
    "\n  query PublishedNotices {\n    publishedNotices {\n      partnershipName\n      organisationName\n      contactEmail\n      contactPhone\n      dataController\n      dataProtectionOfficer\n      lawfulBasis\n      retention\n      processors\n    }\n  }\n": typeof types.PublishedNoticesDocument,
    "\n  fragment NoticeSettingsFields on NoticeSettings {\n    partnershipId\n    version\n    organisationName\n    contactEmail\n    contactPhone\n    dataController\n    dataProtectionOfficer\n    lawfulBasis\n    retention\n    processors\n  }\n": typeof types.NoticeSettingsFieldsFragmentDoc,
    "\n  query NoticeSettings($partnershipId: ID!) {\n    noticeSettings(partnershipId: $partnershipId) {\n      ...NoticeSettingsFields\n    }\n  }\n": typeof types.NoticeSettingsDocument,
    "\n  mutation UpdateNoticeSettings($input: UpdateNoticeSettingsInput!) {\n    updateNoticeSettings(input: $input) {\n      ...NoticeSettingsFields\n    }\n  }\n": typeof types.UpdateNoticeSettingsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    linkPath\n    isRead\n    createdAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Home {\n    home {\n      today\n      owed {\n        strategyId\n        strategyTitle\n        periodId\n        periodName\n        deadline\n        deadlineInWords\n        daysUntilDeadline\n        owed\n        notStarted\n        drafts\n        returned\n        submitted\n        accepted\n        isOverdue\n      }\n      reviews {\n        strategyId\n        strategyTitle\n        periodId\n        periodName\n        updateDeadline\n        waiting\n      }\n      recentNotifications {\n        ...NotificationFields\n      }\n      unreadNotificationCount\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query Notifications($limit: Int) {\n    notifications(limit: $limit) {\n      ...NotificationFields\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    version\n    preferences {\n      kind\n      label\n      hint\n      essential\n      choices\n      delivery\n    }\n  }\n": typeof types.NotificationSettingsFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  fragment PartnershipSettingsFields on Partnership {\n    id\n    name\n    shortName\n    timeZone\n    version\n    ragDefinitions {\n      ...RagDefinitionFields\n    }\n  }\n": typeof types.PartnershipSettingsFieldsFragmentDoc,
    "\n  query PartnershipSettings {\n    partnership {\n      ...PartnershipSettingsFields\n    }\n  }\n": typeof types.PartnershipSettingsDocument,
    "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      ...PartnershipSettingsFields\n    }\n  }\n": typeof types.UpdatePartnershipDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment PersonAccessFields on Person {\n    id\n    fullName\n    email\n    accountStatus\n    lastSignedInAt\n    invitationExpiresAt\n  }\n": typeof types.PersonAccessFieldsFragmentDoc,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation ResendInvitation($input: PersonRefInput!) {\n    resendInvitation(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($input: PersonRefInput!) {\n    revokeInvitation(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation DeactivatePerson($input: PersonRefInput!) {\n    deactivatePerson(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  fragment UpdateSummaryFields on ProgressUpdate {\n    id\n    actionId\n    periodId\n    narrative\n    proposedRag\n    validatedRag\n    validationReason\n    effectiveRag\n    percentComplete\n    lifecycleStatus\n    reviewState\n    reviewComment\n    reviewedAt\n    submittedAt\n    authorName\n    version\n    updatedAt\n  }\n": typeof types.UpdateSummaryFieldsFragmentDoc,
    "\n  fragment UpdateFields on ProgressUpdate {\n    ...UpdateSummaryFields\n    isStale\n  }\n": typeof types.UpdateFieldsFragmentDoc,
    "\n  fragment OwedUpdateFields on OwedUpdate {\n    actionId\n    actionRef\n    actionTitle\n    actionDueOn\n    actionLifecycleStatus\n    deadline\n    isOverdue\n    status\n    strategyId\n    strategyTitle\n    themeId\n    themeTitle\n    themeNumber\n    themeLabel\n    previousPeriodName\n    period {\n      ...PeriodSummaryFields\n      updateDeadline\n    }\n    update {\n      ...UpdateSummaryFields\n    }\n    previousUpdate {\n      ...UpdateSummaryFields\n    }\n  }\n": typeof types.OwedUpdateFieldsFragmentDoc,
    "\n  query MyUpdates {\n    myUpdates {\n      ...OwedUpdateFields\n    }\n  }\n": typeof types.MyUpdatesDocument,
    "\n  query UpdateFormStrategy($strategyId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      actionLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n    }\n  }\n": typeof types.UpdateFormStrategyDocument,
    "\n  query OwedUpdates($periodId: ID) {\n    myUpdates(periodId: $periodId) {\n      ...OwedUpdateFields\n      update {\n        ...UpdateFields\n      }\n    }\n  }\n": typeof types.OwedUpdatesDocument,
    "\n  mutation SaveProgressUpdate($input: SaveProgressUpdateInput!) {\n    saveProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": typeof types.SaveProgressUpdateDocument,
    "\n  mutation WithdrawProgressUpdate($input: WithdrawProgressUpdateInput!) {\n    withdrawProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": typeof types.WithdrawProgressUpdateDocument,
    "\n  mutation SubmitProgressUpdate($input: SubmitProgressUpdateInput!) {\n    submitProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": typeof types.SubmitProgressUpdateDocument,
    "\n  query ReminderSettings($strategyId: ID!) {\n    reminderSettings(strategyId: $strategyId) {\n      strategyId\n      reminderEnabled\n      reminderDaysBefore\n      chaserEnabled\n      chaserDaysAfter\n      escalationEnabled\n      escalationDaysAfter\n      version\n    }\n  }\n": typeof types.ReminderSettingsDocument,
    "\n  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n    updateReminderSettings(input: $input) {\n      strategyId\n      reminderEnabled\n      reminderDaysBefore\n      chaserEnabled\n      chaserDaysAfter\n      escalationEnabled\n      escalationDaysAfter\n      version\n    }\n  }\n": typeof types.UpdateReminderSettingsDocument,
    "\n  query CycleStatus($periodId: ID!) {\n    cycleStatus(periodId: $periodId) {\n      periodId\n      periodName\n      strategyId\n      strategyTitle\n      updateDeadline\n      state\n      today\n      timeZone\n      people {\n        personId\n        fullName\n        email\n        remindersPaused\n        reachable\n        submitted\n        owed {\n          actionId\n          ref\n          title\n          updateState\n        }\n      }\n      withoutLead {\n        actionId\n        ref\n        title\n        updateState\n      }\n      messages {\n        deliveryId\n        step\n        personId\n        fullName\n        recipient\n        actionCount\n        createdAt\n        sentById\n        deliveryStatus\n        sentAt\n        attempts\n        lastError\n      }\n    }\n  }\n": typeof types.CycleStatusDocument,
    "\n  mutation SendReminderNow($input: SendReminderNowInput!) {\n    sendReminderNow(input: $input) {\n      deliveryId\n      recipient\n      actionCount\n    }\n  }\n": typeof types.SendReminderNowDocument,
    "\n  mutation SetRemindersPaused($input: SetRemindersPausedInput!) {\n    setRemindersPaused(input: $input) {\n      personId\n      fullName\n      remindersPaused\n    }\n  }\n": typeof types.SetRemindersPausedDocument,
    "\n  query ReportTemplate {\n    reportTemplate {\n      id\n      fileName\n      byteSize\n      uploadedAt\n      uploadedByName\n      version\n    }\n  }\n": typeof types.ReportTemplateDocument,
    "\n  mutation RemoveReportTemplate($input: RemoveReportTemplateInput!) {\n    removeReportTemplate(input: $input)\n  }\n": typeof types.RemoveReportTemplateDocument,
    "\n  query ReportStrategies {\n    strategies {\n      id\n      title\n      themeLabel\n      themes {\n        id\n        number\n        title\n      }\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n      }\n    }\n  }\n": typeof types.ReportStrategiesDocument,
    "\n  query BoardReportPreview($input: BoardReportInput!) {\n    boardReport(input: $input)\n  }\n": typeof types.BoardReportPreviewDocument,
    "\n  query BoardReportVersions($input: BoardReportVersionsInput!) {\n    boardReportVersions(input: $input) {\n      version\n      sha256\n      createdAt\n      createdByName\n    }\n  }\n": typeof types.BoardReportVersionsDocument,
    "\n  fragment BoardReportSettingsFields on BoardReportSettings {\n    id\n    version\n    periodId\n    startedFromPeriodName\n    columns\n    onlyExceptions\n    includeIndicators\n    introduction\n    committee\n    meetingOn\n    author\n    contactOfficer\n    purpose\n    recommendations\n    background\n    closingHeading\n    closing\n  }\n": typeof types.BoardReportSettingsFieldsFragmentDoc,
    "\n  query BoardReportSettings($input: BoardReportSettingsInput!) {\n    boardReportSettings(input: $input) {\n      ...BoardReportSettingsFields\n    }\n  }\n": typeof types.BoardReportSettingsDocument,
    "\n  mutation SaveBoardReportSettings($input: SaveBoardReportSettingsInput!) {\n    saveBoardReportSettings(input: $input) {\n      ...BoardReportSettingsFields\n    }\n  }\n": typeof types.SaveBoardReportSettingsDocument,
    "\n  query ReviewStrategies {\n    strategies {\n      id\n      title\n      periods {\n        ...PeriodSummaryFields\n        updateDeadline\n      }\n    }\n  }\n": typeof types.ReviewStrategiesDocument,
    "\n  fragment ReviewActionFields on Action {\n    ...ActionSummaryFields\n    ref\n    isOverdue\n    currentDueOn\n    startsOn\n    leadPersonName\n    deliveryGroupId\n    deliveryGroupName\n    leadOrganisationId\n    leadOrganisationName\n    supportingOrganisations {\n      id\n      name\n    }\n    updates {\n      ...UpdateFields\n    }\n  }\n": typeof types.ReviewActionFieldsFragmentDoc,
    "\n  query ReviewDashboard($strategyId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      themeLabel\n      objectiveLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      periods {\n        ...PeriodFields\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          ...ReviewActionFields\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            ...ReviewActionFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewDashboardDocument,
    "\n  query RagDistribution($strategyId: ID!, $periodId: ID!) {\n    ragDistribution(strategyId: $strategyId, periodId: $periodId) {\n      themeId\n      themeNumber\n      themeTitle\n      red\n      amber\n      green\n      notRated\n      total\n    }\n  }\n": typeof types.RagDistributionDocument,
    "\n  mutation AcceptProgressUpdate($input: AcceptProgressUpdateInput!) {\n    acceptProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": typeof types.AcceptProgressUpdateDocument,
    "\n  mutation AcceptProgressUpdates($input: AcceptProgressUpdatesInput!) {\n    acceptProgressUpdates(input: $input) {\n      id\n      accepted\n      version\n      code\n      message\n    }\n  }\n": typeof types.AcceptProgressUpdatesDocument,
    "\n  mutation ReturnProgressUpdate($input: ReturnProgressUpdateInput!) {\n    returnProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": typeof types.ReturnProgressUpdateDocument,
    "\n  mutation ValidateRag($input: ValidateRagInput!) {\n    validateRag(input: $input) {\n      ...UpdateFields\n    }\n  }\n": typeof types.ValidateRagDocument,
    "\n  mutation SetPeriodState($input: SetPeriodStateInput!) {\n    setPeriodState(input: $input) {\n      id\n      state\n      signedOffAt\n      version\n    }\n  }\n": typeof types.SetPeriodStateDocument,
    "\n  fragment RagShareFields on RagShare {\n    red\n    amber\n    green\n    notRated\n    total\n    redPercent\n    amberPercent\n    greenPercent\n    notRatedPercent\n  }\n": typeof types.RagShareFieldsFragmentDoc,
    "\n  query RagTrend($strategyId: ID!) {\n    ragTrend(strategyId: $strategyId) {\n      heading\n      themeLabel\n      themes {\n        themeId\n        number\n        title\n      }\n      periods {\n        periodId\n        name\n        state\n        frozen\n        all {\n          ...RagShareFields\n        }\n        themes {\n          themeId\n          red\n          amber\n          green\n          notRated\n          total\n          redPercent\n          amberPercent\n          greenPercent\n          notRatedPercent\n        }\n      }\n    }\n  }\n": typeof types.RagTrendDocument,
    "\n  query SearchActions($input: SearchActionsInput!) {\n    searchActions(input: $input) {\n      total\n      hits {\n        score\n        matchedIn\n        snippetField\n        narrativePeriodName\n        snippet {\n          text\n          highlighted\n        }\n        action {\n          id\n          strategyId\n          numberLabel\n          ref\n          title\n          leadOrganisationId\n          leadOrganisationName\n          leadPersonId\n          leadPersonName\n          deliveryGroupId\n          deliveryGroupName\n          lifecycleStatus\n          isOverdue\n          latestUpdate {\n            id\n            effectiveRag\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchActionsDocument,
    "\n  query ActionFilterChoices {\n    organisations {\n      id\n      name\n    }\n    groups {\n      id\n      name\n      kind\n    }\n    people {\n      id\n      fullName\n    }\n  }\n": typeof types.ActionFilterChoicesDocument,
    "\n  query SecurityEvents($limit: Int) {\n    securityEvents(limit: $limit) {\n      id\n      occurredAt\n      event\n      personId\n      personName\n      actorName\n      detail\n    }\n  }\n": typeof types.SecurityEventsDocument,
    "\n  fragment SingleSignOnLinkFields on SingleSignOnLink {\n    personId\n    fullName\n    email\n    issuer\n  }\n": typeof types.SingleSignOnLinkFieldsFragmentDoc,
    "\n  query SingleSignOnLink($personId: ID!) {\n    singleSignOnLink(personId: $personId) {\n      ...SingleSignOnLinkFields\n    }\n  }\n": typeof types.SingleSignOnLinkDocument,
    "\n  mutation ClearSingleSignOnLink($input: ClearSingleSignOnLinkInput!) {\n    clearSingleSignOnLink(input: $input) {\n      ...SingleSignOnLinkFields\n    }\n  }\n": typeof types.ClearSingleSignOnLinkDocument,
    "\n  fragment SessionExpiryFields on SessionExpiry {\n    secondsLeft\n    warnSeconds\n    extendable\n  }\n": typeof types.SessionExpiryFieldsFragmentDoc,
    "\n  query SessionExpiry {\n    sessionExpiry {\n      ...SessionExpiryFields\n    }\n  }\n": typeof types.SessionExpiryDocument,
    "\n  mutation StaySignedIn {\n    staySignedIn {\n      ...SessionExpiryFields\n    }\n  }\n": typeof types.StaySignedInDocument,
    "\n  fragment CurrentUserFields on CurrentUser {\n    personId\n    fullName\n    email\n    isAdministrator\n    roles\n    deliveryGroupIds\n    reviewerOfStrategyIds\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query PartnershipChoices {\n    partnershipChoices {\n      partnershipId\n      name\n      current\n    }\n  }\n": typeof types.PartnershipChoicesDocument,
    "\n  mutation ChoosePartnership($input: ChoosePartnershipInput!) {\n    choosePartnership(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.ChoosePartnershipDocument,
    "\n  fragment RagDefinitionFields on RagDefinitions {\n    red\n    amber\n    green\n  }\n": typeof types.RagDefinitionFieldsFragmentDoc,
    "\n  fragment PeriodSummaryFields on ReportingPeriod {\n    id\n    name\n    state\n  }\n": typeof types.PeriodSummaryFieldsFragmentDoc,
    "\n  fragment PeriodFields on ReportingPeriod {\n    ...PeriodSummaryFields\n    startsOn\n    endsOn\n    updateDeadline\n    version\n  }\n": typeof types.PeriodFieldsFragmentDoc,
    "\n  fragment GroupMemberFields on GroupMember {\n    personId\n    fullName\n    isChair\n    organisationName\n  }\n": typeof types.GroupMemberFieldsFragmentDoc,
    "\n  fragment ActionSummaryFields on Action {\n    id\n    numberLabel\n    title\n    lifecycleStatus\n  }\n": typeof types.ActionSummaryFieldsFragmentDoc,
    "\n  query PeriodSignOff($periodId: ID!) {\n    periodSignOff(periodId: $periodId) {\n      periodId\n      name\n      state\n      version\n      signedOffAt\n      signedOffByName\n      outstanding {\n        actionId\n        reference\n        title\n        lead\n        kind\n        consequence\n      }\n    }\n  }\n": typeof types.PeriodSignOffDocument,
    "\n  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      state\n      version\n      signedOffAt\n      signedOffById\n    }\n  }\n": typeof types.ReopenReportingPeriodDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      singleSignOn {\n        label\n        startUrl\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  fragment SingleSignOnSettingsFields on SingleSignOnSettings {\n    issuer\n    clientId\n    clientSecretSet\n    jitEmailDomains\n    ssoOnly\n    redirectUri\n    version\n    administrators {\n      personId\n      fullName\n      email\n      breakGlass\n    }\n  }\n": typeof types.SingleSignOnSettingsFieldsFragmentDoc,
    "\n  query SingleSignOnSettings {\n    singleSignOnSettings {\n      ...SingleSignOnSettingsFields\n    }\n  }\n": typeof types.SingleSignOnSettingsDocument,
    "\n  mutation UpdateSingleSignOn($input: UpdateSingleSignOnInput!) {\n    updateSingleSignOn(input: $input) {\n      ...SingleSignOnSettingsFields\n    }\n  }\n": typeof types.UpdateSingleSignOnDocument,
    "\n  query ExplorerStrategies {\n    strategies {\n      id\n      title\n      shortTitle\n      startsOn\n      endsOn\n      accountableGroupName\n      parentStrategyTitle\n    }\n  }\n": typeof types.ExplorerStrategiesDocument,
    "\n  fragment ExplorerActionFields on Action {\n    ...ActionSummaryFields\n    number\n    ref\n    description\n    themeId\n    objectiveId\n    leadOrganisationId\n    leadOrganisationName\n    leadPersonId\n    leadPersonName\n    deliveryGroupId\n    deliveryGroupName\n    startsOn\n    currentDueOn\n    originalDueOn\n    rescheduleCount\n    isOverdue\n    version\n    supportingOrganisations {\n      id\n      name\n    }\n    latestUpdate {\n      id\n      periodId\n      effectiveRag\n    }\n  }\n": typeof types.ExplorerActionFieldsFragmentDoc,
    "\n  query ExplorerStrategy($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      shortTitle\n      description\n      vision\n      startsOn\n      endsOn\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      accountableGroupName\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n        endsOn\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          ...ExplorerActionFields\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            ...ExplorerActionFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerStrategyDocument,
    "\n  query ExplorerActionUpdates($id: ID!) {\n    strategy(id: $id) {\n      id\n      themes {\n        id\n        actions {\n          id\n          updates {\n            id\n            periodId\n            effectiveRag\n            proposedRag\n            validatedRag\n            lifecycleStatus\n            narrative\n            reviewState\n            authorName\n            updatedAt\n            isStale\n          }\n        }\n        objectives {\n          id\n          actions {\n            id\n            updates {\n              id\n              periodId\n              effectiveRag\n              proposedRag\n              validatedRag\n              lifecycleStatus\n              narrative\n              reviewState\n              authorName\n              updatedAt\n              isStale\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerActionUpdatesDocument,
    "\n  query ActionHistory($actionId: ID!) {\n    actionHistory(actionId: $actionId) {\n      id\n      actorName\n      entityType\n      operation\n      occurredAt\n      periodName\n      summary\n      details\n    }\n  }\n": typeof types.ActionHistoryDocument,
};
const documents: Documents = {
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      fullName\n      email\n    }\n  }\n": types.PasswordLinkDocument,
    "\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.SetPasswordWithTokenDocument,
    "\n  query NeedsFirstAdministrator {\n    needsFirstAdministrator\n  }\n": types.NeedsFirstAdministratorDocument,
    "\n  fragment AdminStructureAction on Action {\n    ...ActionSummaryFields\n    leadOrganisationName\n    version\n  }\n": types.AdminStructureActionFragmentDoc,
    "\n  query AdminStrategyDetail($id: ID!) {\n    strategy(id: $id) {\n      id\n      version\n      title\n      shortTitle\n      startsOn\n      endsOn\n      description\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      reportingCadence\n      accountableGroupId\n      parentStrategyId\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      themes {\n        id\n        version\n        number\n        title\n        description\n        actions {\n          ...AdminStructureAction\n        }\n        objectives {\n          id\n          version\n          number\n          title\n          actions {\n            ...AdminStructureAction\n          }\n        }\n      }\n    }\n  }\n": types.AdminStrategyDetailDocument,
    "\n  query AdminStrategyChoices {\n    strategies {\n      id\n      title\n    }\n    groups {\n      id\n      name\n      kind\n    }\n  }\n": types.AdminStrategyChoicesDocument,
    "\n  mutation CreateStrategy($input: CreateStrategyInput!) {\n    createStrategy(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateStrategyDocument,
    "\n  mutation UpdateStrategy($input: UpdateStrategyInput!) {\n    updateStrategy(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.UpdateStrategyDocument,
    "\n  mutation ArchiveStrategy($input: VersionedRefInput!) {\n    archiveStrategy(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveStrategyDocument,
    "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateThemeDocument,
    "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.UpdateThemeDocument,
    "\n  mutation ArchiveTheme($input: VersionedRefInput!) {\n    archiveTheme(input: $input) {\n      id\n    }\n  }\n": types.ArchiveThemeDocument,
    "\n  mutation CreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateObjectiveDocument,
    "\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.UpdateObjectiveDocument,
    "\n  mutation ArchiveObjective($input: VersionedRefInput!) {\n    archiveObjective(input: $input) {\n      id\n    }\n  }\n": types.ArchiveObjectiveDocument,
    "\n  mutation ArchiveAction($input: VersionedRefInput!) {\n    archiveAction(input: $input) {\n      id\n    }\n  }\n": types.ArchiveActionDocument,
    "\n  mutation ReorderThemes($input: ReorderInput!) {\n    reorderThemes(input: $input) {\n      id\n    }\n  }\n": types.ReorderThemesDocument,
    "\n  mutation ReorderObjectives($input: ReorderInput!) {\n    reorderObjectives(input: $input) {\n      id\n    }\n  }\n": types.ReorderObjectivesDocument,
    "\n  mutation ReorderActions($input: ReorderInput!) {\n    reorderActions(input: $input) {\n      id\n    }\n  }\n": types.ReorderActionsDocument,
    "\n  query AdminDirectoryRecords {\n    organisations {\n      id\n      version\n      name\n      shortName\n    }\n    groups {\n      id\n      version\n      name\n      kind\n      description\n      members {\n        ...GroupMemberFields\n      }\n    }\n    people {\n      id\n      version\n      fullName\n      email\n      jobTitle\n      organisationId\n      organisationName\n      isAdministrator\n    }\n  }\n": types.AdminDirectoryRecordsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation ArchiveOrganisation($input: VersionedRefInput!) {\n    archiveOrganisation(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveOrganisationDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($input: VersionedRefInput!) {\n    archiveGroup(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n      version\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n": types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      version\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n": types.RemoveGroupMemberDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      version\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($input: VersionedRefInput!) {\n    archivePerson(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchivePersonDocument,
    "\n  fragment PlanImportPreviewFields on PlanImportPreview {\n    applied\n    canApply\n    fileName\n    encoding\n    headerRowNumber\n    headerNote\n    periodsNote\n    accountableGroup {\n      id\n      name\n      note\n    }\n    sample {\n      row\n      operation\n      ref\n      theme\n      objective\n      title\n      leadOrganisation\n      leadOfficer\n      dueDate\n      updates {\n        period\n        rag\n        progress\n      }\n    }\n    newStrategy\n    rowsRead\n    strategyId\n    strategyTitle\n    counts {\n      entity\n      created\n      updated\n      unchanged\n    }\n    problems {\n      row\n      column\n      columnLetter\n      message\n    }\n    ignoredColumns {\n      header\n      letter\n      reason\n    }\n  }\n": types.PlanImportPreviewFieldsFragmentDoc,
    "\n  mutation PreviewPlanImport($input: PlanImportInput!) {\n    previewPlanImport(input: $input) {\n      ...PlanImportPreviewFields\n    }\n  }\n": types.PreviewPlanImportDocument,
    "\n  mutation ApplyPlanImport($input: PlanImportInput!) {\n    applyPlanImport(input: $input) {\n      ...PlanImportPreviewFields\n    }\n  }\n": types.ApplyPlanImportDocument,
    "\n  query AdminStrategies {\n    strategies {\n      id\n      title\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      startsOn\n      endsOn\n      periods {\n        ...PeriodFields\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          id\n          numberLabel\n          title\n          leadOrganisationName\n          currentDueOn\n          lifecycleStatus\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            id\n            numberLabel\n            title\n            leadOrganisationName\n            currentDueOn\n            lifecycleStatus\n          }\n        }\n      }\n    }\n  }\n": types.AdminStrategiesDocument,
    "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      shortName\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query AdminGroups {\n    groups {\n      id\n      name\n      kind\n      description\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n": types.AdminGroupsDocument,
    "\n  query AdminPeople {\n    people {\n      id\n      fullName\n      email\n      jobTitle\n      organisationName\n      isAdministrator\n      accountStatus\n      lastSignedInAt\n      invitationExpiresAt\n    }\n  }\n": types.AdminPeopleDocument,
    "\n  fragment AdminActionFields on Action {\n    ...ActionSummaryFields\n    strategyId\n    themeId\n    objectiveId\n    ref\n    description\n    leadOrganisationId\n    leadPersonId\n    deliveryGroupId\n    startsOn\n    currentDueOn\n    version\n  }\n": types.AdminActionFieldsFragmentDoc,
    "\n  query AdminActions($filter: ActionFilterInput) {\n    actions(filter: $filter) {\n      ...AdminActionFields\n    }\n  }\n": types.AdminActionsDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...AdminActionFields\n    }\n  }\n": types.CreateActionDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...AdminActionFields\n    }\n  }\n": types.UpdateActionDocument,
    "\n  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) {\n      id\n      name\n      state\n      startsOn\n      endsOn\n      updateDeadline\n      strategyId\n    }\n  }\n": types.CreateReportingPeriodDocument,
    "\n  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {\n    updateReportingPeriod(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      updateDeadline\n      version\n    }\n  }\n": types.UpdateReportingPeriodDocument,
    "\n  mutation DeleteReportingPeriod($input: DeleteReportingPeriodInput!) {\n    deleteReportingPeriod(input: $input) {\n      id\n      name\n    }\n  }\n": types.DeleteReportingPeriodDocument,
    "\n  query AuditLog($input: AuditLogInput) {\n    auditLog(input: $input) {\n      nextCursor\n      entries {\n        id\n        occurredAt\n        personName\n        recordType\n        recordTypeLabel\n        recordName\n        recordPath\n        summary\n        details\n        reason\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment ThemeCommentaryFields on ThemeCommentary {\n    id\n    themeId\n    periodId\n    body\n    sortOrder\n    version\n  }\n": types.ThemeCommentaryFieldsFragmentDoc,
    "\n  query ThemeCommentary($strategyId: ID!, $periodId: ID!) {\n    themeCommentary(strategyId: $strategyId, periodId: $periodId) {\n      themeId\n      themeNumber\n      themeTitle\n      paragraphs {\n        ...ThemeCommentaryFields\n      }\n    }\n  }\n": types.ThemeCommentaryDocument,
    "\n  mutation WriteThemeCommentary($input: WriteThemeCommentaryInput!) {\n    writeThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n    }\n  }\n": types.WriteThemeCommentaryDocument,
    "\n  mutation UpdateThemeCommentary($input: UpdateThemeCommentaryInput!) {\n    updateThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n    }\n  }\n": types.UpdateThemeCommentaryDocument,
    "\n  mutation ArchiveThemeCommentary($input: ArchiveThemeCommentaryInput!) {\n    archiveThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n      archivedAt\n    }\n  }\n": types.ArchiveThemeCommentaryDocument,
    "\n  fragment CorrectionProposalFields on CorrectionProposal {\n    id\n    version\n    state\n    updateId\n    actionId\n    actionTitle\n    periodId\n    reason\n    narrative\n    proposedRag\n    percentComplete\n    lifecycleStatus\n    proposedByName\n    createdAt\n    decidedByName\n    decidedAt\n    decisionReason\n  }\n": types.CorrectionProposalFieldsFragmentDoc,
    "\n  fragment CorrectionActionFields on Action {\n    ...ActionSummaryFields\n    ref\n    leadPersonId\n    leadPersonName\n    deliveryGroupId\n    updates {\n      ...UpdateFields\n      correctionCount\n      lastCorrectionReason\n    }\n  }\n": types.CorrectionActionFieldsFragmentDoc,
    "\n  query CorrectionContext($strategyId: ID!, $periodId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      themeLabel\n      actionLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      periods {\n        ...PeriodSummaryFields\n      }\n      themes {\n        id\n        number\n        actions {\n          ...CorrectionActionFields\n        }\n        objectives {\n          id\n          actions {\n            ...CorrectionActionFields\n          }\n        }\n      }\n    }\n    correctionProposals(periodId: $periodId) {\n      ...CorrectionProposalFields\n    }\n  }\n": types.CorrectionContextDocument,
    "\n  query CorrectionProposals($periodId: ID!) {\n    correctionProposals(periodId: $periodId) {\n      ...CorrectionProposalFields\n    }\n  }\n": types.CorrectionProposalsDocument,
    "\n  mutation CorrectProgressUpdate($input: CorrectProgressUpdateInput!) {\n    correctProgressUpdate(input: $input) {\n      ...UpdateFields\n      correctionCount\n      lastCorrectionReason\n    }\n  }\n": types.CorrectProgressUpdateDocument,
    "\n  mutation ProposeCorrection($input: ProposeCorrectionInput!) {\n    proposeCorrection(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n": types.ProposeCorrectionDocument,
    "\n  mutation AcceptCorrectionProposal($input: AcceptCorrectionProposalInput!) {\n    acceptCorrectionProposal(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n": types.AcceptCorrectionProposalDocument,
    "\n  mutation DeclineCorrectionProposal($input: DeclineCorrectionProposalInput!) {\n    declineCorrectionProposal(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n": types.DeclineCorrectionProposalDocument,
    "\n  fragment AdminIndicatorFields on Indicator {\n    id\n    name\n    unit\n    direction\n    baseline\n    target\n    tolerance\n    objectiveId\n    sortOrder\n    version\n    archivedAt\n    values {\n      id\n    }\n  }\n": types.AdminIndicatorFieldsFragmentDoc,
    "\n  query AdminIndicators($strategyId: ID!) {\n    indicators(strategyId: $strategyId) {\n      ...AdminIndicatorFields\n    }\n  }\n": types.AdminIndicatorsDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation ArchiveIndicator($input: VersionedRefInput!) {\n    archiveIndicator(input: $input) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveIndicatorDocument,
    "\n  mutation MoveIndicator($input: MoveIndicatorInput!) {\n    moveIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n": types.MoveIndicatorDocument,
    "\n  fragment IndicatorValueFields on IndicatorValue {\n    id\n    indicatorId\n    periodId\n    periodName\n    value\n    note\n    version\n  }\n": types.IndicatorValueFieldsFragmentDoc,
    "\n  query StrategyIndicators($strategyId: ID!) {\n    indicators(strategyId: $strategyId) {\n      id\n      name\n      unit\n      direction\n      baseline\n      target\n      tolerance\n      objectiveId\n      sortOrder\n      version\n      values {\n        ...IndicatorValueFields\n      }\n    }\n  }\n": types.StrategyIndicatorsDocument,
    "\n  query IndicatorStrategy($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n      }\n    }\n  }\n": types.IndicatorStrategyDocument,
    "\n  mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {\n    recordIndicatorValue(input: $input) {\n      ...IndicatorValueFields\n    }\n  }\n": types.RecordIndicatorValueDocument,
    "\n  query OutboxMessages {\n    outboxMessages {\n      id\n      recipient\n      subject\n      textBody\n      status\n      attempts\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n": types.OutboxMessagesDocument,
    "\n  query PublishedNotices {\n    publishedNotices {\n      partnershipName\n      organisationName\n      contactEmail\n      contactPhone\n      dataController\n      dataProtectionOfficer\n      lawfulBasis\n      retention\n      processors\n    }\n  }\n": types.PublishedNoticesDocument,
    "\n  fragment NoticeSettingsFields on NoticeSettings {\n    partnershipId\n    version\n    organisationName\n    contactEmail\n    contactPhone\n    dataController\n    dataProtectionOfficer\n    lawfulBasis\n    retention\n    processors\n  }\n": types.NoticeSettingsFieldsFragmentDoc,
    "\n  query NoticeSettings($partnershipId: ID!) {\n    noticeSettings(partnershipId: $partnershipId) {\n      ...NoticeSettingsFields\n    }\n  }\n": types.NoticeSettingsDocument,
    "\n  mutation UpdateNoticeSettings($input: UpdateNoticeSettingsInput!) {\n    updateNoticeSettings(input: $input) {\n      ...NoticeSettingsFields\n    }\n  }\n": types.UpdateNoticeSettingsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    linkPath\n    isRead\n    createdAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Home {\n    home {\n      today\n      owed {\n        strategyId\n        strategyTitle\n        periodId\n        periodName\n        deadline\n        deadlineInWords\n        daysUntilDeadline\n        owed\n        notStarted\n        drafts\n        returned\n        submitted\n        accepted\n        isOverdue\n      }\n      reviews {\n        strategyId\n        strategyTitle\n        periodId\n        periodName\n        updateDeadline\n        waiting\n      }\n      recentNotifications {\n        ...NotificationFields\n      }\n      unreadNotificationCount\n    }\n  }\n": types.HomeDocument,
    "\n  query Notifications($limit: Int) {\n    notifications(limit: $limit) {\n      ...NotificationFields\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    version\n    preferences {\n      kind\n      label\n      hint\n      essential\n      choices\n      delivery\n    }\n  }\n": types.NotificationSettingsFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  fragment PartnershipSettingsFields on Partnership {\n    id\n    name\n    shortName\n    timeZone\n    version\n    ragDefinitions {\n      ...RagDefinitionFields\n    }\n  }\n": types.PartnershipSettingsFieldsFragmentDoc,
    "\n  query PartnershipSettings {\n    partnership {\n      ...PartnershipSettingsFields\n    }\n  }\n": types.PartnershipSettingsDocument,
    "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      ...PartnershipSettingsFields\n    }\n  }\n": types.UpdatePartnershipDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment PersonAccessFields on Person {\n    id\n    fullName\n    email\n    accountStatus\n    lastSignedInAt\n    invitationExpiresAt\n  }\n": types.PersonAccessFieldsFragmentDoc,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation ResendInvitation($input: PersonRefInput!) {\n    resendInvitation(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($input: PersonRefInput!) {\n    revokeInvitation(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation DeactivatePerson($input: PersonRefInput!) {\n    deactivatePerson(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  fragment UpdateSummaryFields on ProgressUpdate {\n    id\n    actionId\n    periodId\n    narrative\n    proposedRag\n    validatedRag\n    validationReason\n    effectiveRag\n    percentComplete\n    lifecycleStatus\n    reviewState\n    reviewComment\n    reviewedAt\n    submittedAt\n    authorName\n    version\n    updatedAt\n  }\n": types.UpdateSummaryFieldsFragmentDoc,
    "\n  fragment UpdateFields on ProgressUpdate {\n    ...UpdateSummaryFields\n    isStale\n  }\n": types.UpdateFieldsFragmentDoc,
    "\n  fragment OwedUpdateFields on OwedUpdate {\n    actionId\n    actionRef\n    actionTitle\n    actionDueOn\n    actionLifecycleStatus\n    deadline\n    isOverdue\n    status\n    strategyId\n    strategyTitle\n    themeId\n    themeTitle\n    themeNumber\n    themeLabel\n    previousPeriodName\n    period {\n      ...PeriodSummaryFields\n      updateDeadline\n    }\n    update {\n      ...UpdateSummaryFields\n    }\n    previousUpdate {\n      ...UpdateSummaryFields\n    }\n  }\n": types.OwedUpdateFieldsFragmentDoc,
    "\n  query MyUpdates {\n    myUpdates {\n      ...OwedUpdateFields\n    }\n  }\n": types.MyUpdatesDocument,
    "\n  query UpdateFormStrategy($strategyId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      actionLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n    }\n  }\n": types.UpdateFormStrategyDocument,
    "\n  query OwedUpdates($periodId: ID) {\n    myUpdates(periodId: $periodId) {\n      ...OwedUpdateFields\n      update {\n        ...UpdateFields\n      }\n    }\n  }\n": types.OwedUpdatesDocument,
    "\n  mutation SaveProgressUpdate($input: SaveProgressUpdateInput!) {\n    saveProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": types.SaveProgressUpdateDocument,
    "\n  mutation WithdrawProgressUpdate($input: WithdrawProgressUpdateInput!) {\n    withdrawProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": types.WithdrawProgressUpdateDocument,
    "\n  mutation SubmitProgressUpdate($input: SubmitProgressUpdateInput!) {\n    submitProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": types.SubmitProgressUpdateDocument,
    "\n  query ReminderSettings($strategyId: ID!) {\n    reminderSettings(strategyId: $strategyId) {\n      strategyId\n      reminderEnabled\n      reminderDaysBefore\n      chaserEnabled\n      chaserDaysAfter\n      escalationEnabled\n      escalationDaysAfter\n      version\n    }\n  }\n": types.ReminderSettingsDocument,
    "\n  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n    updateReminderSettings(input: $input) {\n      strategyId\n      reminderEnabled\n      reminderDaysBefore\n      chaserEnabled\n      chaserDaysAfter\n      escalationEnabled\n      escalationDaysAfter\n      version\n    }\n  }\n": types.UpdateReminderSettingsDocument,
    "\n  query CycleStatus($periodId: ID!) {\n    cycleStatus(periodId: $periodId) {\n      periodId\n      periodName\n      strategyId\n      strategyTitle\n      updateDeadline\n      state\n      today\n      timeZone\n      people {\n        personId\n        fullName\n        email\n        remindersPaused\n        reachable\n        submitted\n        owed {\n          actionId\n          ref\n          title\n          updateState\n        }\n      }\n      withoutLead {\n        actionId\n        ref\n        title\n        updateState\n      }\n      messages {\n        deliveryId\n        step\n        personId\n        fullName\n        recipient\n        actionCount\n        createdAt\n        sentById\n        deliveryStatus\n        sentAt\n        attempts\n        lastError\n      }\n    }\n  }\n": types.CycleStatusDocument,
    "\n  mutation SendReminderNow($input: SendReminderNowInput!) {\n    sendReminderNow(input: $input) {\n      deliveryId\n      recipient\n      actionCount\n    }\n  }\n": types.SendReminderNowDocument,
    "\n  mutation SetRemindersPaused($input: SetRemindersPausedInput!) {\n    setRemindersPaused(input: $input) {\n      personId\n      fullName\n      remindersPaused\n    }\n  }\n": types.SetRemindersPausedDocument,
    "\n  query ReportTemplate {\n    reportTemplate {\n      id\n      fileName\n      byteSize\n      uploadedAt\n      uploadedByName\n      version\n    }\n  }\n": types.ReportTemplateDocument,
    "\n  mutation RemoveReportTemplate($input: RemoveReportTemplateInput!) {\n    removeReportTemplate(input: $input)\n  }\n": types.RemoveReportTemplateDocument,
    "\n  query ReportStrategies {\n    strategies {\n      id\n      title\n      themeLabel\n      themes {\n        id\n        number\n        title\n      }\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n      }\n    }\n  }\n": types.ReportStrategiesDocument,
    "\n  query BoardReportPreview($input: BoardReportInput!) {\n    boardReport(input: $input)\n  }\n": types.BoardReportPreviewDocument,
    "\n  query BoardReportVersions($input: BoardReportVersionsInput!) {\n    boardReportVersions(input: $input) {\n      version\n      sha256\n      createdAt\n      createdByName\n    }\n  }\n": types.BoardReportVersionsDocument,
    "\n  fragment BoardReportSettingsFields on BoardReportSettings {\n    id\n    version\n    periodId\n    startedFromPeriodName\n    columns\n    onlyExceptions\n    includeIndicators\n    introduction\n    committee\n    meetingOn\n    author\n    contactOfficer\n    purpose\n    recommendations\n    background\n    closingHeading\n    closing\n  }\n": types.BoardReportSettingsFieldsFragmentDoc,
    "\n  query BoardReportSettings($input: BoardReportSettingsInput!) {\n    boardReportSettings(input: $input) {\n      ...BoardReportSettingsFields\n    }\n  }\n": types.BoardReportSettingsDocument,
    "\n  mutation SaveBoardReportSettings($input: SaveBoardReportSettingsInput!) {\n    saveBoardReportSettings(input: $input) {\n      ...BoardReportSettingsFields\n    }\n  }\n": types.SaveBoardReportSettingsDocument,
    "\n  query ReviewStrategies {\n    strategies {\n      id\n      title\n      periods {\n        ...PeriodSummaryFields\n        updateDeadline\n      }\n    }\n  }\n": types.ReviewStrategiesDocument,
    "\n  fragment ReviewActionFields on Action {\n    ...ActionSummaryFields\n    ref\n    isOverdue\n    currentDueOn\n    startsOn\n    leadPersonName\n    deliveryGroupId\n    deliveryGroupName\n    leadOrganisationId\n    leadOrganisationName\n    supportingOrganisations {\n      id\n      name\n    }\n    updates {\n      ...UpdateFields\n    }\n  }\n": types.ReviewActionFieldsFragmentDoc,
    "\n  query ReviewDashboard($strategyId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      themeLabel\n      objectiveLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      periods {\n        ...PeriodFields\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          ...ReviewActionFields\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            ...ReviewActionFields\n          }\n        }\n      }\n    }\n  }\n": types.ReviewDashboardDocument,
    "\n  query RagDistribution($strategyId: ID!, $periodId: ID!) {\n    ragDistribution(strategyId: $strategyId, periodId: $periodId) {\n      themeId\n      themeNumber\n      themeTitle\n      red\n      amber\n      green\n      notRated\n      total\n    }\n  }\n": types.RagDistributionDocument,
    "\n  mutation AcceptProgressUpdate($input: AcceptProgressUpdateInput!) {\n    acceptProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": types.AcceptProgressUpdateDocument,
    "\n  mutation AcceptProgressUpdates($input: AcceptProgressUpdatesInput!) {\n    acceptProgressUpdates(input: $input) {\n      id\n      accepted\n      version\n      code\n      message\n    }\n  }\n": types.AcceptProgressUpdatesDocument,
    "\n  mutation ReturnProgressUpdate($input: ReturnProgressUpdateInput!) {\n    returnProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n": types.ReturnProgressUpdateDocument,
    "\n  mutation ValidateRag($input: ValidateRagInput!) {\n    validateRag(input: $input) {\n      ...UpdateFields\n    }\n  }\n": types.ValidateRagDocument,
    "\n  mutation SetPeriodState($input: SetPeriodStateInput!) {\n    setPeriodState(input: $input) {\n      id\n      state\n      signedOffAt\n      version\n    }\n  }\n": types.SetPeriodStateDocument,
    "\n  fragment RagShareFields on RagShare {\n    red\n    amber\n    green\n    notRated\n    total\n    redPercent\n    amberPercent\n    greenPercent\n    notRatedPercent\n  }\n": types.RagShareFieldsFragmentDoc,
    "\n  query RagTrend($strategyId: ID!) {\n    ragTrend(strategyId: $strategyId) {\n      heading\n      themeLabel\n      themes {\n        themeId\n        number\n        title\n      }\n      periods {\n        periodId\n        name\n        state\n        frozen\n        all {\n          ...RagShareFields\n        }\n        themes {\n          themeId\n          red\n          amber\n          green\n          notRated\n          total\n          redPercent\n          amberPercent\n          greenPercent\n          notRatedPercent\n        }\n      }\n    }\n  }\n": types.RagTrendDocument,
    "\n  query SearchActions($input: SearchActionsInput!) {\n    searchActions(input: $input) {\n      total\n      hits {\n        score\n        matchedIn\n        snippetField\n        narrativePeriodName\n        snippet {\n          text\n          highlighted\n        }\n        action {\n          id\n          strategyId\n          numberLabel\n          ref\n          title\n          leadOrganisationId\n          leadOrganisationName\n          leadPersonId\n          leadPersonName\n          deliveryGroupId\n          deliveryGroupName\n          lifecycleStatus\n          isOverdue\n          latestUpdate {\n            id\n            effectiveRag\n          }\n        }\n      }\n    }\n  }\n": types.SearchActionsDocument,
    "\n  query ActionFilterChoices {\n    organisations {\n      id\n      name\n    }\n    groups {\n      id\n      name\n      kind\n    }\n    people {\n      id\n      fullName\n    }\n  }\n": types.ActionFilterChoicesDocument,
    "\n  query SecurityEvents($limit: Int) {\n    securityEvents(limit: $limit) {\n      id\n      occurredAt\n      event\n      personId\n      personName\n      actorName\n      detail\n    }\n  }\n": types.SecurityEventsDocument,
    "\n  fragment SingleSignOnLinkFields on SingleSignOnLink {\n    personId\n    fullName\n    email\n    issuer\n  }\n": types.SingleSignOnLinkFieldsFragmentDoc,
    "\n  query SingleSignOnLink($personId: ID!) {\n    singleSignOnLink(personId: $personId) {\n      ...SingleSignOnLinkFields\n    }\n  }\n": types.SingleSignOnLinkDocument,
    "\n  mutation ClearSingleSignOnLink($input: ClearSingleSignOnLinkInput!) {\n    clearSingleSignOnLink(input: $input) {\n      ...SingleSignOnLinkFields\n    }\n  }\n": types.ClearSingleSignOnLinkDocument,
    "\n  fragment SessionExpiryFields on SessionExpiry {\n    secondsLeft\n    warnSeconds\n    extendable\n  }\n": types.SessionExpiryFieldsFragmentDoc,
    "\n  query SessionExpiry {\n    sessionExpiry {\n      ...SessionExpiryFields\n    }\n  }\n": types.SessionExpiryDocument,
    "\n  mutation StaySignedIn {\n    staySignedIn {\n      ...SessionExpiryFields\n    }\n  }\n": types.StaySignedInDocument,
    "\n  fragment CurrentUserFields on CurrentUser {\n    personId\n    fullName\n    email\n    isAdministrator\n    roles\n    deliveryGroupIds\n    reviewerOfStrategyIds\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query PartnershipChoices {\n    partnershipChoices {\n      partnershipId\n      name\n      current\n    }\n  }\n": types.PartnershipChoicesDocument,
    "\n  mutation ChoosePartnership($input: ChoosePartnershipInput!) {\n    choosePartnership(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.ChoosePartnershipDocument,
    "\n  fragment RagDefinitionFields on RagDefinitions {\n    red\n    amber\n    green\n  }\n": types.RagDefinitionFieldsFragmentDoc,
    "\n  fragment PeriodSummaryFields on ReportingPeriod {\n    id\n    name\n    state\n  }\n": types.PeriodSummaryFieldsFragmentDoc,
    "\n  fragment PeriodFields on ReportingPeriod {\n    ...PeriodSummaryFields\n    startsOn\n    endsOn\n    updateDeadline\n    version\n  }\n": types.PeriodFieldsFragmentDoc,
    "\n  fragment GroupMemberFields on GroupMember {\n    personId\n    fullName\n    isChair\n    organisationName\n  }\n": types.GroupMemberFieldsFragmentDoc,
    "\n  fragment ActionSummaryFields on Action {\n    id\n    numberLabel\n    title\n    lifecycleStatus\n  }\n": types.ActionSummaryFieldsFragmentDoc,
    "\n  query PeriodSignOff($periodId: ID!) {\n    periodSignOff(periodId: $periodId) {\n      periodId\n      name\n      state\n      version\n      signedOffAt\n      signedOffByName\n      outstanding {\n        actionId\n        reference\n        title\n        lead\n        kind\n        consequence\n      }\n    }\n  }\n": types.PeriodSignOffDocument,
    "\n  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      state\n      version\n      signedOffAt\n      signedOffById\n    }\n  }\n": types.ReopenReportingPeriodDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      singleSignOn {\n        label\n        startUrl\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  fragment SingleSignOnSettingsFields on SingleSignOnSettings {\n    issuer\n    clientId\n    clientSecretSet\n    jitEmailDomains\n    ssoOnly\n    redirectUri\n    version\n    administrators {\n      personId\n      fullName\n      email\n      breakGlass\n    }\n  }\n": types.SingleSignOnSettingsFieldsFragmentDoc,
    "\n  query SingleSignOnSettings {\n    singleSignOnSettings {\n      ...SingleSignOnSettingsFields\n    }\n  }\n": types.SingleSignOnSettingsDocument,
    "\n  mutation UpdateSingleSignOn($input: UpdateSingleSignOnInput!) {\n    updateSingleSignOn(input: $input) {\n      ...SingleSignOnSettingsFields\n    }\n  }\n": types.UpdateSingleSignOnDocument,
    "\n  query ExplorerStrategies {\n    strategies {\n      id\n      title\n      shortTitle\n      startsOn\n      endsOn\n      accountableGroupName\n      parentStrategyTitle\n    }\n  }\n": types.ExplorerStrategiesDocument,
    "\n  fragment ExplorerActionFields on Action {\n    ...ActionSummaryFields\n    number\n    ref\n    description\n    themeId\n    objectiveId\n    leadOrganisationId\n    leadOrganisationName\n    leadPersonId\n    leadPersonName\n    deliveryGroupId\n    deliveryGroupName\n    startsOn\n    currentDueOn\n    originalDueOn\n    rescheduleCount\n    isOverdue\n    version\n    supportingOrganisations {\n      id\n      name\n    }\n    latestUpdate {\n      id\n      periodId\n      effectiveRag\n    }\n  }\n": types.ExplorerActionFieldsFragmentDoc,
    "\n  query ExplorerStrategy($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      shortTitle\n      description\n      vision\n      startsOn\n      endsOn\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      accountableGroupName\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n        endsOn\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          ...ExplorerActionFields\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            ...ExplorerActionFields\n          }\n        }\n      }\n    }\n  }\n": types.ExplorerStrategyDocument,
    "\n  query ExplorerActionUpdates($id: ID!) {\n    strategy(id: $id) {\n      id\n      themes {\n        id\n        actions {\n          id\n          updates {\n            id\n            periodId\n            effectiveRag\n            proposedRag\n            validatedRag\n            lifecycleStatus\n            narrative\n            reviewState\n            authorName\n            updatedAt\n            isStale\n          }\n        }\n        objectives {\n          id\n          actions {\n            id\n            updates {\n              id\n              periodId\n              effectiveRag\n              proposedRag\n              validatedRag\n              lifecycleStatus\n              narrative\n              reviewState\n              authorName\n              updatedAt\n              isStale\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ExplorerActionUpdatesDocument,
    "\n  query ActionHistory($actionId: ID!) {\n    actionHistory(actionId: $actionId) {\n      id\n      actorName\n      entityType\n      operation\n      occurredAt\n      periodName\n      summary\n      details\n    }\n  }\n": types.ActionHistoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      fullName\n      email\n    }\n  }\n"): (typeof documents)["\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      fullName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {\n    setPasswordWithToken(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsFirstAdministrator {\n    needsFirstAdministrator\n  }\n"): (typeof documents)["\n  query NeedsFirstAdministrator {\n    needsFirstAdministrator\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminStructureAction on Action {\n    ...ActionSummaryFields\n    leadOrganisationName\n    version\n  }\n"): (typeof documents)["\n  fragment AdminStructureAction on Action {\n    ...ActionSummaryFields\n    leadOrganisationName\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStrategyDetail($id: ID!) {\n    strategy(id: $id) {\n      id\n      version\n      title\n      shortTitle\n      startsOn\n      endsOn\n      description\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      reportingCadence\n      accountableGroupId\n      parentStrategyId\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      themes {\n        id\n        version\n        number\n        title\n        description\n        actions {\n          ...AdminStructureAction\n        }\n        objectives {\n          id\n          version\n          number\n          title\n          actions {\n            ...AdminStructureAction\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminStrategyDetail($id: ID!) {\n    strategy(id: $id) {\n      id\n      version\n      title\n      shortTitle\n      startsOn\n      endsOn\n      description\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      reportingCadence\n      accountableGroupId\n      parentStrategyId\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      themes {\n        id\n        version\n        number\n        title\n        description\n        actions {\n          ...AdminStructureAction\n        }\n        objectives {\n          id\n          version\n          number\n          title\n          actions {\n            ...AdminStructureAction\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStrategyChoices {\n    strategies {\n      id\n      title\n    }\n    groups {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query AdminStrategyChoices {\n    strategies {\n      id\n      title\n    }\n    groups {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStrategy($input: CreateStrategyInput!) {\n    createStrategy(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStrategy($input: CreateStrategyInput!) {\n    createStrategy(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStrategy($input: UpdateStrategyInput!) {\n    updateStrategy(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStrategy($input: UpdateStrategyInput!) {\n    updateStrategy(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveStrategy($input: VersionedRefInput!) {\n    archiveStrategy(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveStrategy($input: VersionedRefInput!) {\n    archiveStrategy(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveTheme($input: VersionedRefInput!) {\n    archiveTheme(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveTheme($input: VersionedRefInput!) {\n    archiveTheme(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveObjective($input: VersionedRefInput!) {\n    archiveObjective(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveObjective($input: VersionedRefInput!) {\n    archiveObjective(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAction($input: VersionedRefInput!) {\n    archiveAction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveAction($input: VersionedRefInput!) {\n    archiveAction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderThemes($input: ReorderInput!) {\n    reorderThemes(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderThemes($input: ReorderInput!) {\n    reorderThemes(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderObjectives($input: ReorderInput!) {\n    reorderObjectives(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderObjectives($input: ReorderInput!) {\n    reorderObjectives(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderActions($input: ReorderInput!) {\n    reorderActions(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderActions($input: ReorderInput!) {\n    reorderActions(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDirectoryRecords {\n    organisations {\n      id\n      version\n      name\n      shortName\n    }\n    groups {\n      id\n      version\n      name\n      kind\n      description\n      members {\n        ...GroupMemberFields\n      }\n    }\n    people {\n      id\n      version\n      fullName\n      email\n      jobTitle\n      organisationId\n      organisationName\n      isAdministrator\n    }\n  }\n"): (typeof documents)["\n  query AdminDirectoryRecords {\n    organisations {\n      id\n      version\n      name\n      shortName\n    }\n    groups {\n      id\n      version\n      name\n      kind\n      description\n      members {\n        ...GroupMemberFields\n      }\n    }\n    people {\n      id\n      version\n      fullName\n      email\n      jobTitle\n      organisationId\n      organisationName\n      isAdministrator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrganisation($input: VersionedRefInput!) {\n    archiveOrganisation(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrganisation($input: VersionedRefInput!) {\n    archiveOrganisation(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGroup($input: VersionedRefInput!) {\n    archiveGroup(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGroup($input: VersionedRefInput!) {\n    archiveGroup(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n      version\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n      version\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      version\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      version\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePerson($input: VersionedRefInput!) {\n    archivePerson(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePerson($input: VersionedRefInput!) {\n    archivePerson(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanImportPreviewFields on PlanImportPreview {\n    applied\n    canApply\n    fileName\n    encoding\n    headerRowNumber\n    headerNote\n    periodsNote\n    accountableGroup {\n      id\n      name\n      note\n    }\n    sample {\n      row\n      operation\n      ref\n      theme\n      objective\n      title\n      leadOrganisation\n      leadOfficer\n      dueDate\n      updates {\n        period\n        rag\n        progress\n      }\n    }\n    newStrategy\n    rowsRead\n    strategyId\n    strategyTitle\n    counts {\n      entity\n      created\n      updated\n      unchanged\n    }\n    problems {\n      row\n      column\n      columnLetter\n      message\n    }\n    ignoredColumns {\n      header\n      letter\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment PlanImportPreviewFields on PlanImportPreview {\n    applied\n    canApply\n    fileName\n    encoding\n    headerRowNumber\n    headerNote\n    periodsNote\n    accountableGroup {\n      id\n      name\n      note\n    }\n    sample {\n      row\n      operation\n      ref\n      theme\n      objective\n      title\n      leadOrganisation\n      leadOfficer\n      dueDate\n      updates {\n        period\n        rag\n        progress\n      }\n    }\n    newStrategy\n    rowsRead\n    strategyId\n    strategyTitle\n    counts {\n      entity\n      created\n      updated\n      unchanged\n    }\n    problems {\n      row\n      column\n      columnLetter\n      message\n    }\n    ignoredColumns {\n      header\n      letter\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewPlanImport($input: PlanImportInput!) {\n    previewPlanImport(input: $input) {\n      ...PlanImportPreviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewPlanImport($input: PlanImportInput!) {\n    previewPlanImport(input: $input) {\n      ...PlanImportPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyPlanImport($input: PlanImportInput!) {\n    applyPlanImport(input: $input) {\n      ...PlanImportPreviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyPlanImport($input: PlanImportInput!) {\n    applyPlanImport(input: $input) {\n      ...PlanImportPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStrategies {\n    strategies {\n      id\n      title\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      startsOn\n      endsOn\n      periods {\n        ...PeriodFields\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          id\n          numberLabel\n          title\n          leadOrganisationName\n          currentDueOn\n          lifecycleStatus\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            id\n            numberLabel\n            title\n            leadOrganisationName\n            currentDueOn\n            lifecycleStatus\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminStrategies {\n    strategies {\n      id\n      title\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      startsOn\n      endsOn\n      periods {\n        ...PeriodFields\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          id\n          numberLabel\n          title\n          leadOrganisationName\n          currentDueOn\n          lifecycleStatus\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            id\n            numberLabel\n            title\n            leadOrganisationName\n            currentDueOn\n            lifecycleStatus\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminGroups {\n    groups {\n      id\n      name\n      kind\n      description\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminGroups {\n    groups {\n      id\n      name\n      kind\n      description\n      members {\n        ...GroupMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeople {\n    people {\n      id\n      fullName\n      email\n      jobTitle\n      organisationName\n      isAdministrator\n      accountStatus\n      lastSignedInAt\n      invitationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  query AdminPeople {\n    people {\n      id\n      fullName\n      email\n      jobTitle\n      organisationName\n      isAdministrator\n      accountStatus\n      lastSignedInAt\n      invitationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminActionFields on Action {\n    ...ActionSummaryFields\n    strategyId\n    themeId\n    objectiveId\n    ref\n    description\n    leadOrganisationId\n    leadPersonId\n    deliveryGroupId\n    startsOn\n    currentDueOn\n    version\n  }\n"): (typeof documents)["\n  fragment AdminActionFields on Action {\n    ...ActionSummaryFields\n    strategyId\n    themeId\n    objectiveId\n    ref\n    description\n    leadOrganisationId\n    leadPersonId\n    deliveryGroupId\n    startsOn\n    currentDueOn\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminActions($filter: ActionFilterInput) {\n    actions(filter: $filter) {\n      ...AdminActionFields\n    }\n  }\n"): (typeof documents)["\n  query AdminActions($filter: ActionFilterInput) {\n    actions(filter: $filter) {\n      ...AdminActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...AdminActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...AdminActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...AdminActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...AdminActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) {\n      id\n      name\n      state\n      startsOn\n      endsOn\n      updateDeadline\n      strategyId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) {\n      id\n      name\n      state\n      startsOn\n      endsOn\n      updateDeadline\n      strategyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {\n    updateReportingPeriod(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      updateDeadline\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {\n    updateReportingPeriod(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n      updateDeadline\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReportingPeriod($input: DeleteReportingPeriodInput!) {\n    deleteReportingPeriod(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteReportingPeriod($input: DeleteReportingPeriodInput!) {\n    deleteReportingPeriod(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($input: AuditLogInput) {\n    auditLog(input: $input) {\n      nextCursor\n      entries {\n        id\n        occurredAt\n        personName\n        recordType\n        recordTypeLabel\n        recordName\n        recordPath\n        summary\n        details\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($input: AuditLogInput) {\n    auditLog(input: $input) {\n      nextCursor\n      entries {\n        id\n        occurredAt\n        personName\n        recordType\n        recordTypeLabel\n        recordName\n        recordPath\n        summary\n        details\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeCommentaryFields on ThemeCommentary {\n    id\n    themeId\n    periodId\n    body\n    sortOrder\n    version\n  }\n"): (typeof documents)["\n  fragment ThemeCommentaryFields on ThemeCommentary {\n    id\n    themeId\n    periodId\n    body\n    sortOrder\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeCommentary($strategyId: ID!, $periodId: ID!) {\n    themeCommentary(strategyId: $strategyId, periodId: $periodId) {\n      themeId\n      themeNumber\n      themeTitle\n      paragraphs {\n        ...ThemeCommentaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThemeCommentary($strategyId: ID!, $periodId: ID!) {\n    themeCommentary(strategyId: $strategyId, periodId: $periodId) {\n      themeId\n      themeNumber\n      themeTitle\n      paragraphs {\n        ...ThemeCommentaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteThemeCommentary($input: WriteThemeCommentaryInput!) {\n    writeThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation WriteThemeCommentary($input: WriteThemeCommentaryInput!) {\n    writeThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateThemeCommentary($input: UpdateThemeCommentaryInput!) {\n    updateThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateThemeCommentary($input: UpdateThemeCommentaryInput!) {\n    updateThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveThemeCommentary($input: ArchiveThemeCommentaryInput!) {\n    archiveThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveThemeCommentary($input: ArchiveThemeCommentaryInput!) {\n    archiveThemeCommentary(input: $input) {\n      ...ThemeCommentaryFields\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CorrectionProposalFields on CorrectionProposal {\n    id\n    version\n    state\n    updateId\n    actionId\n    actionTitle\n    periodId\n    reason\n    narrative\n    proposedRag\n    percentComplete\n    lifecycleStatus\n    proposedByName\n    createdAt\n    decidedByName\n    decidedAt\n    decisionReason\n  }\n"): (typeof documents)["\n  fragment CorrectionProposalFields on CorrectionProposal {\n    id\n    version\n    state\n    updateId\n    actionId\n    actionTitle\n    periodId\n    reason\n    narrative\n    proposedRag\n    percentComplete\n    lifecycleStatus\n    proposedByName\n    createdAt\n    decidedByName\n    decidedAt\n    decisionReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CorrectionActionFields on Action {\n    ...ActionSummaryFields\n    ref\n    leadPersonId\n    leadPersonName\n    deliveryGroupId\n    updates {\n      ...UpdateFields\n      correctionCount\n      lastCorrectionReason\n    }\n  }\n"): (typeof documents)["\n  fragment CorrectionActionFields on Action {\n    ...ActionSummaryFields\n    ref\n    leadPersonId\n    leadPersonName\n    deliveryGroupId\n    updates {\n      ...UpdateFields\n      correctionCount\n      lastCorrectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectionContext($strategyId: ID!, $periodId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      themeLabel\n      actionLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      periods {\n        ...PeriodSummaryFields\n      }\n      themes {\n        id\n        number\n        actions {\n          ...CorrectionActionFields\n        }\n        objectives {\n          id\n          actions {\n            ...CorrectionActionFields\n          }\n        }\n      }\n    }\n    correctionProposals(periodId: $periodId) {\n      ...CorrectionProposalFields\n    }\n  }\n"): (typeof documents)["\n  query CorrectionContext($strategyId: ID!, $periodId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      themeLabel\n      actionLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      periods {\n        ...PeriodSummaryFields\n      }\n      themes {\n        id\n        number\n        actions {\n          ...CorrectionActionFields\n        }\n        objectives {\n          id\n          actions {\n            ...CorrectionActionFields\n          }\n        }\n      }\n    }\n    correctionProposals(periodId: $periodId) {\n      ...CorrectionProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectionProposals($periodId: ID!) {\n    correctionProposals(periodId: $periodId) {\n      ...CorrectionProposalFields\n    }\n  }\n"): (typeof documents)["\n  query CorrectionProposals($periodId: ID!) {\n    correctionProposals(periodId: $periodId) {\n      ...CorrectionProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectProgressUpdate($input: CorrectProgressUpdateInput!) {\n    correctProgressUpdate(input: $input) {\n      ...UpdateFields\n      correctionCount\n      lastCorrectionReason\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectProgressUpdate($input: CorrectProgressUpdateInput!) {\n    correctProgressUpdate(input: $input) {\n      ...UpdateFields\n      correctionCount\n      lastCorrectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCorrection($input: ProposeCorrectionInput!) {\n    proposeCorrection(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeCorrection($input: ProposeCorrectionInput!) {\n    proposeCorrection(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCorrectionProposal($input: AcceptCorrectionProposalInput!) {\n    acceptCorrectionProposal(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCorrectionProposal($input: AcceptCorrectionProposalInput!) {\n    acceptCorrectionProposal(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCorrectionProposal($input: DeclineCorrectionProposalInput!) {\n    declineCorrectionProposal(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineCorrectionProposal($input: DeclineCorrectionProposalInput!) {\n    declineCorrectionProposal(input: $input) {\n      ...CorrectionProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminIndicatorFields on Indicator {\n    id\n    name\n    unit\n    direction\n    baseline\n    target\n    tolerance\n    objectiveId\n    sortOrder\n    version\n    archivedAt\n    values {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AdminIndicatorFields on Indicator {\n    id\n    name\n    unit\n    direction\n    baseline\n    target\n    tolerance\n    objectiveId\n    sortOrder\n    version\n    archivedAt\n    values {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIndicators($strategyId: ID!) {\n    indicators(strategyId: $strategyId) {\n      ...AdminIndicatorFields\n    }\n  }\n"): (typeof documents)["\n  query AdminIndicators($strategyId: ID!) {\n    indicators(strategyId: $strategyId) {\n      ...AdminIndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveIndicator($input: VersionedRefInput!) {\n    archiveIndicator(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveIndicator($input: VersionedRefInput!) {\n    archiveIndicator(input: $input) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveIndicator($input: MoveIndicatorInput!) {\n    moveIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveIndicator($input: MoveIndicatorInput!) {\n    moveIndicator(input: $input) {\n      ...AdminIndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorValueFields on IndicatorValue {\n    id\n    indicatorId\n    periodId\n    periodName\n    value\n    note\n    version\n  }\n"): (typeof documents)["\n  fragment IndicatorValueFields on IndicatorValue {\n    id\n    indicatorId\n    periodId\n    periodName\n    value\n    note\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategyIndicators($strategyId: ID!) {\n    indicators(strategyId: $strategyId) {\n      id\n      name\n      unit\n      direction\n      baseline\n      target\n      tolerance\n      objectiveId\n      sortOrder\n      version\n      values {\n        ...IndicatorValueFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query StrategyIndicators($strategyId: ID!) {\n    indicators(strategyId: $strategyId) {\n      id\n      name\n      unit\n      direction\n      baseline\n      target\n      tolerance\n      objectiveId\n      sortOrder\n      version\n      values {\n        ...IndicatorValueFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorStrategy($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorStrategy($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {\n    recordIndicatorValue(input: $input) {\n      ...IndicatorValueFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIndicatorValue($input: RecordIndicatorValueInput!) {\n    recordIndicatorValue(input: $input) {\n      ...IndicatorValueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMessages {\n    outboxMessages {\n      id\n      recipient\n      subject\n      textBody\n      status\n      attempts\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query OutboxMessages {\n    outboxMessages {\n      id\n      recipient\n      subject\n      textBody\n      status\n      attempts\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedNotices {\n    publishedNotices {\n      partnershipName\n      organisationName\n      contactEmail\n      contactPhone\n      dataController\n      dataProtectionOfficer\n      lawfulBasis\n      retention\n      processors\n    }\n  }\n"): (typeof documents)["\n  query PublishedNotices {\n    publishedNotices {\n      partnershipName\n      organisationName\n      contactEmail\n      contactPhone\n      dataController\n      dataProtectionOfficer\n      lawfulBasis\n      retention\n      processors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeSettingsFields on NoticeSettings {\n    partnershipId\n    version\n    organisationName\n    contactEmail\n    contactPhone\n    dataController\n    dataProtectionOfficer\n    lawfulBasis\n    retention\n    processors\n  }\n"): (typeof documents)["\n  fragment NoticeSettingsFields on NoticeSettings {\n    partnershipId\n    version\n    organisationName\n    contactEmail\n    contactPhone\n    dataController\n    dataProtectionOfficer\n    lawfulBasis\n    retention\n    processors\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeSettings($partnershipId: ID!) {\n    noticeSettings(partnershipId: $partnershipId) {\n      ...NoticeSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query NoticeSettings($partnershipId: ID!) {\n    noticeSettings(partnershipId: $partnershipId) {\n      ...NoticeSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNoticeSettings($input: UpdateNoticeSettingsInput!) {\n    updateNoticeSettings(input: $input) {\n      ...NoticeSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNoticeSettings($input: UpdateNoticeSettingsInput!) {\n    updateNoticeSettings(input: $input) {\n      ...NoticeSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    linkPath\n    isRead\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    linkPath\n    isRead\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    home {\n      today\n      owed {\n        strategyId\n        strategyTitle\n        periodId\n        periodName\n        deadline\n        deadlineInWords\n        daysUntilDeadline\n        owed\n        notStarted\n        drafts\n        returned\n        submitted\n        accepted\n        isOverdue\n      }\n      reviews {\n        strategyId\n        strategyTitle\n        periodId\n        periodName\n        updateDeadline\n        waiting\n      }\n      recentNotifications {\n        ...NotificationFields\n      }\n      unreadNotificationCount\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    home {\n      today\n      owed {\n        strategyId\n        strategyTitle\n        periodId\n        periodName\n        deadline\n        deadlineInWords\n        daysUntilDeadline\n        owed\n        notStarted\n        drafts\n        returned\n        submitted\n        accepted\n        isOverdue\n      }\n      reviews {\n        strategyId\n        strategyTitle\n        periodId\n        periodName\n        updateDeadline\n        waiting\n      }\n      recentNotifications {\n        ...NotificationFields\n      }\n      unreadNotificationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($limit: Int) {\n    notifications(limit: $limit) {\n      ...NotificationFields\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($limit: Int) {\n    notifications(limit: $limit) {\n      ...NotificationFields\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettingsFields on NotificationSettings {\n    version\n    preferences {\n      kind\n      label\n      hint\n      essential\n      choices\n      delivery\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationSettingsFields on NotificationSettings {\n    version\n    preferences {\n      kind\n      label\n      hint\n      essential\n      choices\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipSettingsFields on Partnership {\n    id\n    name\n    shortName\n    timeZone\n    version\n    ragDefinitions {\n      ...RagDefinitionFields\n    }\n  }\n"): (typeof documents)["\n  fragment PartnershipSettingsFields on Partnership {\n    id\n    name\n    shortName\n    timeZone\n    version\n    ragDefinitions {\n      ...RagDefinitionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipSettings {\n    partnership {\n      ...PartnershipSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query PartnershipSettings {\n    partnership {\n      ...PartnershipSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      ...PartnershipSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      ...PartnershipSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonAccessFields on Person {\n    id\n    fullName\n    email\n    accountStatus\n    lastSignedInAt\n    invitationExpiresAt\n  }\n"): (typeof documents)["\n  fragment PersonAccessFields on Person {\n    id\n    fullName\n    email\n    accountStatus\n    lastSignedInAt\n    invitationExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($input: PersonRefInput!) {\n    resendInvitation(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($input: PersonRefInput!) {\n    resendInvitation(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: PersonRefInput!) {\n    revokeInvitation(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: PersonRefInput!) {\n    revokeInvitation(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($input: PersonRefInput!) {\n    deactivatePerson(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePerson($input: PersonRefInput!) {\n    deactivatePerson(input: $input) {\n      ...PersonAccessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpdateSummaryFields on ProgressUpdate {\n    id\n    actionId\n    periodId\n    narrative\n    proposedRag\n    validatedRag\n    validationReason\n    effectiveRag\n    percentComplete\n    lifecycleStatus\n    reviewState\n    reviewComment\n    reviewedAt\n    submittedAt\n    authorName\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment UpdateSummaryFields on ProgressUpdate {\n    id\n    actionId\n    periodId\n    narrative\n    proposedRag\n    validatedRag\n    validationReason\n    effectiveRag\n    percentComplete\n    lifecycleStatus\n    reviewState\n    reviewComment\n    reviewedAt\n    submittedAt\n    authorName\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpdateFields on ProgressUpdate {\n    ...UpdateSummaryFields\n    isStale\n  }\n"): (typeof documents)["\n  fragment UpdateFields on ProgressUpdate {\n    ...UpdateSummaryFields\n    isStale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwedUpdateFields on OwedUpdate {\n    actionId\n    actionRef\n    actionTitle\n    actionDueOn\n    actionLifecycleStatus\n    deadline\n    isOverdue\n    status\n    strategyId\n    strategyTitle\n    themeId\n    themeTitle\n    themeNumber\n    themeLabel\n    previousPeriodName\n    period {\n      ...PeriodSummaryFields\n      updateDeadline\n    }\n    update {\n      ...UpdateSummaryFields\n    }\n    previousUpdate {\n      ...UpdateSummaryFields\n    }\n  }\n"): (typeof documents)["\n  fragment OwedUpdateFields on OwedUpdate {\n    actionId\n    actionRef\n    actionTitle\n    actionDueOn\n    actionLifecycleStatus\n    deadline\n    isOverdue\n    status\n    strategyId\n    strategyTitle\n    themeId\n    themeTitle\n    themeNumber\n    themeLabel\n    previousPeriodName\n    period {\n      ...PeriodSummaryFields\n      updateDeadline\n    }\n    update {\n      ...UpdateSummaryFields\n    }\n    previousUpdate {\n      ...UpdateSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUpdates {\n    myUpdates {\n      ...OwedUpdateFields\n    }\n  }\n"): (typeof documents)["\n  query MyUpdates {\n    myUpdates {\n      ...OwedUpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpdateFormStrategy($strategyId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      actionLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpdateFormStrategy($strategyId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      actionLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwedUpdates($periodId: ID) {\n    myUpdates(periodId: $periodId) {\n      ...OwedUpdateFields\n      update {\n        ...UpdateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwedUpdates($periodId: ID) {\n    myUpdates(periodId: $periodId) {\n      ...OwedUpdateFields\n      update {\n        ...UpdateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProgressUpdate($input: SaveProgressUpdateInput!) {\n    saveProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveProgressUpdate($input: SaveProgressUpdateInput!) {\n    saveProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProgressUpdate($input: WithdrawProgressUpdateInput!) {\n    withdrawProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProgressUpdate($input: WithdrawProgressUpdateInput!) {\n    withdrawProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProgressUpdate($input: SubmitProgressUpdateInput!) {\n    submitProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProgressUpdate($input: SubmitProgressUpdateInput!) {\n    submitProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderSettings($strategyId: ID!) {\n    reminderSettings(strategyId: $strategyId) {\n      strategyId\n      reminderEnabled\n      reminderDaysBefore\n      chaserEnabled\n      chaserDaysAfter\n      escalationEnabled\n      escalationDaysAfter\n      version\n    }\n  }\n"): (typeof documents)["\n  query ReminderSettings($strategyId: ID!) {\n    reminderSettings(strategyId: $strategyId) {\n      strategyId\n      reminderEnabled\n      reminderDaysBefore\n      chaserEnabled\n      chaserDaysAfter\n      escalationEnabled\n      escalationDaysAfter\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n    updateReminderSettings(input: $input) {\n      strategyId\n      reminderEnabled\n      reminderDaysBefore\n      chaserEnabled\n      chaserDaysAfter\n      escalationEnabled\n      escalationDaysAfter\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {\n    updateReminderSettings(input: $input) {\n      strategyId\n      reminderEnabled\n      reminderDaysBefore\n      chaserEnabled\n      chaserDaysAfter\n      escalationEnabled\n      escalationDaysAfter\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleStatus($periodId: ID!) {\n    cycleStatus(periodId: $periodId) {\n      periodId\n      periodName\n      strategyId\n      strategyTitle\n      updateDeadline\n      state\n      today\n      timeZone\n      people {\n        personId\n        fullName\n        email\n        remindersPaused\n        reachable\n        submitted\n        owed {\n          actionId\n          ref\n          title\n          updateState\n        }\n      }\n      withoutLead {\n        actionId\n        ref\n        title\n        updateState\n      }\n      messages {\n        deliveryId\n        step\n        personId\n        fullName\n        recipient\n        actionCount\n        createdAt\n        sentById\n        deliveryStatus\n        sentAt\n        attempts\n        lastError\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleStatus($periodId: ID!) {\n    cycleStatus(periodId: $periodId) {\n      periodId\n      periodName\n      strategyId\n      strategyTitle\n      updateDeadline\n      state\n      today\n      timeZone\n      people {\n        personId\n        fullName\n        email\n        remindersPaused\n        reachable\n        submitted\n        owed {\n          actionId\n          ref\n          title\n          updateState\n        }\n      }\n      withoutLead {\n        actionId\n        ref\n        title\n        updateState\n      }\n      messages {\n        deliveryId\n        step\n        personId\n        fullName\n        recipient\n        actionCount\n        createdAt\n        sentById\n        deliveryStatus\n        sentAt\n        attempts\n        lastError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReminderNow($input: SendReminderNowInput!) {\n    sendReminderNow(input: $input) {\n      deliveryId\n      recipient\n      actionCount\n    }\n  }\n"): (typeof documents)["\n  mutation SendReminderNow($input: SendReminderNowInput!) {\n    sendReminderNow(input: $input) {\n      deliveryId\n      recipient\n      actionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRemindersPaused($input: SetRemindersPausedInput!) {\n    setRemindersPaused(input: $input) {\n      personId\n      fullName\n      remindersPaused\n    }\n  }\n"): (typeof documents)["\n  mutation SetRemindersPaused($input: SetRemindersPausedInput!) {\n    setRemindersPaused(input: $input) {\n      personId\n      fullName\n      remindersPaused\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportTemplate {\n    reportTemplate {\n      id\n      fileName\n      byteSize\n      uploadedAt\n      uploadedByName\n      version\n    }\n  }\n"): (typeof documents)["\n  query ReportTemplate {\n    reportTemplate {\n      id\n      fileName\n      byteSize\n      uploadedAt\n      uploadedByName\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReportTemplate($input: RemoveReportTemplateInput!) {\n    removeReportTemplate(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveReportTemplate($input: RemoveReportTemplateInput!) {\n    removeReportTemplate(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportStrategies {\n    strategies {\n      id\n      title\n      themeLabel\n      themes {\n        id\n        number\n        title\n      }\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportStrategies {\n    strategies {\n      id\n      title\n      themeLabel\n      themes {\n        id\n        number\n        title\n      }\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardReportPreview($input: BoardReportInput!) {\n    boardReport(input: $input)\n  }\n"): (typeof documents)["\n  query BoardReportPreview($input: BoardReportInput!) {\n    boardReport(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardReportVersions($input: BoardReportVersionsInput!) {\n    boardReportVersions(input: $input) {\n      version\n      sha256\n      createdAt\n      createdByName\n    }\n  }\n"): (typeof documents)["\n  query BoardReportVersions($input: BoardReportVersionsInput!) {\n    boardReportVersions(input: $input) {\n      version\n      sha256\n      createdAt\n      createdByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardReportSettingsFields on BoardReportSettings {\n    id\n    version\n    periodId\n    startedFromPeriodName\n    columns\n    onlyExceptions\n    includeIndicators\n    introduction\n    committee\n    meetingOn\n    author\n    contactOfficer\n    purpose\n    recommendations\n    background\n    closingHeading\n    closing\n  }\n"): (typeof documents)["\n  fragment BoardReportSettingsFields on BoardReportSettings {\n    id\n    version\n    periodId\n    startedFromPeriodName\n    columns\n    onlyExceptions\n    includeIndicators\n    introduction\n    committee\n    meetingOn\n    author\n    contactOfficer\n    purpose\n    recommendations\n    background\n    closingHeading\n    closing\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardReportSettings($input: BoardReportSettingsInput!) {\n    boardReportSettings(input: $input) {\n      ...BoardReportSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query BoardReportSettings($input: BoardReportSettingsInput!) {\n    boardReportSettings(input: $input) {\n      ...BoardReportSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBoardReportSettings($input: SaveBoardReportSettingsInput!) {\n    saveBoardReportSettings(input: $input) {\n      ...BoardReportSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBoardReportSettings($input: SaveBoardReportSettingsInput!) {\n    saveBoardReportSettings(input: $input) {\n      ...BoardReportSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewStrategies {\n    strategies {\n      id\n      title\n      periods {\n        ...PeriodSummaryFields\n        updateDeadline\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewStrategies {\n    strategies {\n      id\n      title\n      periods {\n        ...PeriodSummaryFields\n        updateDeadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewActionFields on Action {\n    ...ActionSummaryFields\n    ref\n    isOverdue\n    currentDueOn\n    startsOn\n    leadPersonName\n    deliveryGroupId\n    deliveryGroupName\n    leadOrganisationId\n    leadOrganisationName\n    supportingOrganisations {\n      id\n      name\n    }\n    updates {\n      ...UpdateFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewActionFields on Action {\n    ...ActionSummaryFields\n    ref\n    isOverdue\n    currentDueOn\n    startsOn\n    leadPersonName\n    deliveryGroupId\n    deliveryGroupName\n    leadOrganisationId\n    leadOrganisationName\n    supportingOrganisations {\n      id\n      name\n    }\n    updates {\n      ...UpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewDashboard($strategyId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      themeLabel\n      objectiveLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      periods {\n        ...PeriodFields\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          ...ReviewActionFields\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            ...ReviewActionFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewDashboard($strategyId: ID!) {\n    strategy(id: $strategyId) {\n      id\n      title\n      themeLabel\n      objectiveLabel\n      ragDefinitions {\n        ...RagDefinitionFields\n      }\n      periods {\n        ...PeriodFields\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          ...ReviewActionFields\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            ...ReviewActionFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RagDistribution($strategyId: ID!, $periodId: ID!) {\n    ragDistribution(strategyId: $strategyId, periodId: $periodId) {\n      themeId\n      themeNumber\n      themeTitle\n      red\n      amber\n      green\n      notRated\n      total\n    }\n  }\n"): (typeof documents)["\n  query RagDistribution($strategyId: ID!, $periodId: ID!) {\n    ragDistribution(strategyId: $strategyId, periodId: $periodId) {\n      themeId\n      themeNumber\n      themeTitle\n      red\n      amber\n      green\n      notRated\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptProgressUpdate($input: AcceptProgressUpdateInput!) {\n    acceptProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptProgressUpdate($input: AcceptProgressUpdateInput!) {\n    acceptProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptProgressUpdates($input: AcceptProgressUpdatesInput!) {\n    acceptProgressUpdates(input: $input) {\n      id\n      accepted\n      version\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptProgressUpdates($input: AcceptProgressUpdatesInput!) {\n    acceptProgressUpdates(input: $input) {\n      id\n      accepted\n      version\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnProgressUpdate($input: ReturnProgressUpdateInput!) {\n    returnProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnProgressUpdate($input: ReturnProgressUpdateInput!) {\n    returnProgressUpdate(input: $input) {\n      ...UpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateRag($input: ValidateRagInput!) {\n    validateRag(input: $input) {\n      ...UpdateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ValidateRag($input: ValidateRagInput!) {\n    validateRag(input: $input) {\n      ...UpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPeriodState($input: SetPeriodStateInput!) {\n    setPeriodState(input: $input) {\n      id\n      state\n      signedOffAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetPeriodState($input: SetPeriodStateInput!) {\n    setPeriodState(input: $input) {\n      id\n      state\n      signedOffAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RagShareFields on RagShare {\n    red\n    amber\n    green\n    notRated\n    total\n    redPercent\n    amberPercent\n    greenPercent\n    notRatedPercent\n  }\n"): (typeof documents)["\n  fragment RagShareFields on RagShare {\n    red\n    amber\n    green\n    notRated\n    total\n    redPercent\n    amberPercent\n    greenPercent\n    notRatedPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RagTrend($strategyId: ID!) {\n    ragTrend(strategyId: $strategyId) {\n      heading\n      themeLabel\n      themes {\n        themeId\n        number\n        title\n      }\n      periods {\n        periodId\n        name\n        state\n        frozen\n        all {\n          ...RagShareFields\n        }\n        themes {\n          themeId\n          red\n          amber\n          green\n          notRated\n          total\n          redPercent\n          amberPercent\n          greenPercent\n          notRatedPercent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RagTrend($strategyId: ID!) {\n    ragTrend(strategyId: $strategyId) {\n      heading\n      themeLabel\n      themes {\n        themeId\n        number\n        title\n      }\n      periods {\n        periodId\n        name\n        state\n        frozen\n        all {\n          ...RagShareFields\n        }\n        themes {\n          themeId\n          red\n          amber\n          green\n          notRated\n          total\n          redPercent\n          amberPercent\n          greenPercent\n          notRatedPercent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchActions($input: SearchActionsInput!) {\n    searchActions(input: $input) {\n      total\n      hits {\n        score\n        matchedIn\n        snippetField\n        narrativePeriodName\n        snippet {\n          text\n          highlighted\n        }\n        action {\n          id\n          strategyId\n          numberLabel\n          ref\n          title\n          leadOrganisationId\n          leadOrganisationName\n          leadPersonId\n          leadPersonName\n          deliveryGroupId\n          deliveryGroupName\n          lifecycleStatus\n          isOverdue\n          latestUpdate {\n            id\n            effectiveRag\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchActions($input: SearchActionsInput!) {\n    searchActions(input: $input) {\n      total\n      hits {\n        score\n        matchedIn\n        snippetField\n        narrativePeriodName\n        snippet {\n          text\n          highlighted\n        }\n        action {\n          id\n          strategyId\n          numberLabel\n          ref\n          title\n          leadOrganisationId\n          leadOrganisationName\n          leadPersonId\n          leadPersonName\n          deliveryGroupId\n          deliveryGroupName\n          lifecycleStatus\n          isOverdue\n          latestUpdate {\n            id\n            effectiveRag\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionFilterChoices {\n    organisations {\n      id\n      name\n    }\n    groups {\n      id\n      name\n      kind\n    }\n    people {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query ActionFilterChoices {\n    organisations {\n      id\n      name\n    }\n    groups {\n      id\n      name\n      kind\n    }\n    people {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityEvents($limit: Int) {\n    securityEvents(limit: $limit) {\n      id\n      occurredAt\n      event\n      personId\n      personName\n      actorName\n      detail\n    }\n  }\n"): (typeof documents)["\n  query SecurityEvents($limit: Int) {\n    securityEvents(limit: $limit) {\n      id\n      occurredAt\n      event\n      personId\n      personName\n      actorName\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SingleSignOnLinkFields on SingleSignOnLink {\n    personId\n    fullName\n    email\n    issuer\n  }\n"): (typeof documents)["\n  fragment SingleSignOnLinkFields on SingleSignOnLink {\n    personId\n    fullName\n    email\n    issuer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SingleSignOnLink($personId: ID!) {\n    singleSignOnLink(personId: $personId) {\n      ...SingleSignOnLinkFields\n    }\n  }\n"): (typeof documents)["\n  query SingleSignOnLink($personId: ID!) {\n    singleSignOnLink(personId: $personId) {\n      ...SingleSignOnLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearSingleSignOnLink($input: ClearSingleSignOnLinkInput!) {\n    clearSingleSignOnLink(input: $input) {\n      ...SingleSignOnLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearSingleSignOnLink($input: ClearSingleSignOnLinkInput!) {\n    clearSingleSignOnLink(input: $input) {\n      ...SingleSignOnLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionExpiryFields on SessionExpiry {\n    secondsLeft\n    warnSeconds\n    extendable\n  }\n"): (typeof documents)["\n  fragment SessionExpiryFields on SessionExpiry {\n    secondsLeft\n    warnSeconds\n    extendable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionExpiry {\n    sessionExpiry {\n      ...SessionExpiryFields\n    }\n  }\n"): (typeof documents)["\n  query SessionExpiry {\n    sessionExpiry {\n      ...SessionExpiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaySignedIn {\n    staySignedIn {\n      ...SessionExpiryFields\n    }\n  }\n"): (typeof documents)["\n  mutation StaySignedIn {\n    staySignedIn {\n      ...SessionExpiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on CurrentUser {\n    personId\n    fullName\n    email\n    isAdministrator\n    roles\n    deliveryGroupIds\n    reviewerOfStrategyIds\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on CurrentUser {\n    personId\n    fullName\n    email\n    isAdministrator\n    roles\n    deliveryGroupIds\n    reviewerOfStrategyIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipChoices {\n    partnershipChoices {\n      partnershipId\n      name\n      current\n    }\n  }\n"): (typeof documents)["\n  query PartnershipChoices {\n    partnershipChoices {\n      partnershipId\n      name\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChoosePartnership($input: ChoosePartnershipInput!) {\n    choosePartnership(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChoosePartnership($input: ChoosePartnershipInput!) {\n    choosePartnership(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RagDefinitionFields on RagDefinitions {\n    red\n    amber\n    green\n  }\n"): (typeof documents)["\n  fragment RagDefinitionFields on RagDefinitions {\n    red\n    amber\n    green\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodSummaryFields on ReportingPeriod {\n    id\n    name\n    state\n  }\n"): (typeof documents)["\n  fragment PeriodSummaryFields on ReportingPeriod {\n    id\n    name\n    state\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodFields on ReportingPeriod {\n    ...PeriodSummaryFields\n    startsOn\n    endsOn\n    updateDeadline\n    version\n  }\n"): (typeof documents)["\n  fragment PeriodFields on ReportingPeriod {\n    ...PeriodSummaryFields\n    startsOn\n    endsOn\n    updateDeadline\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupMemberFields on GroupMember {\n    personId\n    fullName\n    isChair\n    organisationName\n  }\n"): (typeof documents)["\n  fragment GroupMemberFields on GroupMember {\n    personId\n    fullName\n    isChair\n    organisationName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionSummaryFields on Action {\n    id\n    numberLabel\n    title\n    lifecycleStatus\n  }\n"): (typeof documents)["\n  fragment ActionSummaryFields on Action {\n    id\n    numberLabel\n    title\n    lifecycleStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodSignOff($periodId: ID!) {\n    periodSignOff(periodId: $periodId) {\n      periodId\n      name\n      state\n      version\n      signedOffAt\n      signedOffByName\n      outstanding {\n        actionId\n        reference\n        title\n        lead\n        kind\n        consequence\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodSignOff($periodId: ID!) {\n    periodSignOff(periodId: $periodId) {\n      periodId\n      name\n      state\n      version\n      signedOffAt\n      signedOffByName\n      outstanding {\n        actionId\n        reference\n        title\n        lead\n        kind\n        consequence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      state\n      version\n      signedOffAt\n      signedOffById\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenReportingPeriod($input: ReopenReportingPeriodInput!) {\n    reopenReportingPeriod(input: $input) {\n      id\n      state\n      version\n      signedOffAt\n      signedOffById\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      singleSignOn {\n        label\n        startUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      singleSignOn {\n        label\n        startUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SingleSignOnSettingsFields on SingleSignOnSettings {\n    issuer\n    clientId\n    clientSecretSet\n    jitEmailDomains\n    ssoOnly\n    redirectUri\n    version\n    administrators {\n      personId\n      fullName\n      email\n      breakGlass\n    }\n  }\n"): (typeof documents)["\n  fragment SingleSignOnSettingsFields on SingleSignOnSettings {\n    issuer\n    clientId\n    clientSecretSet\n    jitEmailDomains\n    ssoOnly\n    redirectUri\n    version\n    administrators {\n      personId\n      fullName\n      email\n      breakGlass\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SingleSignOnSettings {\n    singleSignOnSettings {\n      ...SingleSignOnSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query SingleSignOnSettings {\n    singleSignOnSettings {\n      ...SingleSignOnSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSingleSignOn($input: UpdateSingleSignOnInput!) {\n    updateSingleSignOn(input: $input) {\n      ...SingleSignOnSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSingleSignOn($input: UpdateSingleSignOnInput!) {\n    updateSingleSignOn(input: $input) {\n      ...SingleSignOnSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerStrategies {\n    strategies {\n      id\n      title\n      shortTitle\n      startsOn\n      endsOn\n      accountableGroupName\n      parentStrategyTitle\n    }\n  }\n"): (typeof documents)["\n  query ExplorerStrategies {\n    strategies {\n      id\n      title\n      shortTitle\n      startsOn\n      endsOn\n      accountableGroupName\n      parentStrategyTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerActionFields on Action {\n    ...ActionSummaryFields\n    number\n    ref\n    description\n    themeId\n    objectiveId\n    leadOrganisationId\n    leadOrganisationName\n    leadPersonId\n    leadPersonName\n    deliveryGroupId\n    deliveryGroupName\n    startsOn\n    currentDueOn\n    originalDueOn\n    rescheduleCount\n    isOverdue\n    version\n    supportingOrganisations {\n      id\n      name\n    }\n    latestUpdate {\n      id\n      periodId\n      effectiveRag\n    }\n  }\n"): (typeof documents)["\n  fragment ExplorerActionFields on Action {\n    ...ActionSummaryFields\n    number\n    ref\n    description\n    themeId\n    objectiveId\n    leadOrganisationId\n    leadOrganisationName\n    leadPersonId\n    leadPersonName\n    deliveryGroupId\n    deliveryGroupName\n    startsOn\n    currentDueOn\n    originalDueOn\n    rescheduleCount\n    isOverdue\n    version\n    supportingOrganisations {\n      id\n      name\n    }\n    latestUpdate {\n      id\n      periodId\n      effectiveRag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerStrategy($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      shortTitle\n      description\n      vision\n      startsOn\n      endsOn\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      accountableGroupName\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n        endsOn\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          ...ExplorerActionFields\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            ...ExplorerActionFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerStrategy($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      shortTitle\n      description\n      vision\n      startsOn\n      endsOn\n      themeLabel\n      objectiveLabel\n      actionLabel\n      hasObjectiveLevel\n      accountableGroupName\n      periods {\n        ...PeriodSummaryFields\n        startsOn\n        endsOn\n      }\n      themes {\n        id\n        number\n        title\n        actions {\n          ...ExplorerActionFields\n        }\n        objectives {\n          id\n          number\n          title\n          actions {\n            ...ExplorerActionFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerActionUpdates($id: ID!) {\n    strategy(id: $id) {\n      id\n      themes {\n        id\n        actions {\n          id\n          updates {\n            id\n            periodId\n            effectiveRag\n            proposedRag\n            validatedRag\n            lifecycleStatus\n            narrative\n            reviewState\n            authorName\n            updatedAt\n            isStale\n          }\n        }\n        objectives {\n          id\n          actions {\n            id\n            updates {\n              id\n              periodId\n              effectiveRag\n              proposedRag\n              validatedRag\n              lifecycleStatus\n              narrative\n              reviewState\n              authorName\n              updatedAt\n              isStale\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerActionUpdates($id: ID!) {\n    strategy(id: $id) {\n      id\n      themes {\n        id\n        actions {\n          id\n          updates {\n            id\n            periodId\n            effectiveRag\n            proposedRag\n            validatedRag\n            lifecycleStatus\n            narrative\n            reviewState\n            authorName\n            updatedAt\n            isStale\n          }\n        }\n        objectives {\n          id\n          actions {\n            id\n            updates {\n              id\n              periodId\n              effectiveRag\n              proposedRag\n              validatedRag\n              lifecycleStatus\n              narrative\n              reviewState\n              authorName\n              updatedAt\n              isStale\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionHistory($actionId: ID!) {\n    actionHistory(actionId: $actionId) {\n      id\n      actorName\n      entityType\n      operation\n      occurredAt\n      periodName\n      summary\n      details\n    }\n  }\n"): (typeof documents)["\n  query ActionHistory($actionId: ID!) {\n    actionHistory(actionId: $actionId) {\n      id\n      actorName\n      entityType\n      operation\n      occurredAt\n      periodName\n      summary\n      details\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;