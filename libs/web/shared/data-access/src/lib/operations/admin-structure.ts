// Administration of the structure: strategies, themes, objectives, actions (edit, reorder, archive),
// organisations, groups with members, and people — every record with its version for conflict checks.
import { graphql } from '../generated';

graphql(`
  fragment AdminStructureAction on Action {
    ...ActionSummaryFields
    leadOrganisationName
    version
  }
`);

graphql(`
  query AdminStrategyDetail($id: ID!) {
    strategy(id: $id) {
      id
      version
      title
      shortTitle
      startsOn
      endsOn
      description
      themeLabel
      objectiveLabel
      actionLabel
      hasObjectiveLevel
      reportingCadence
      accountableGroupId
      parentStrategyId
      ragDefinitions {
        ...RagDefinitionFields
      }
      themes {
        id
        version
        number
        title
        description
        actions {
          ...AdminStructureAction
        }
        objectives {
          id
          version
          number
          title
          actions {
            ...AdminStructureAction
          }
        }
      }
    }
  }
`);

graphql(`
  query AdminStrategyChoices {
    strategies {
      id
      title
    }
    groups {
      id
      name
      kind
    }
  }
`);

graphql(`
  mutation CreateStrategy($input: CreateStrategyInput!) {
    createStrategy(input: $input) {
      id
      title
    }
  }
`);

graphql(`
  mutation UpdateStrategy($input: UpdateStrategyInput!) {
    updateStrategy(input: $input) {
      id
      title
      version
    }
  }
`);

graphql(`
  mutation ArchiveStrategy($input: VersionedRefInput!) {
    archiveStrategy(input: $input) {
      id
      archivedAt
    }
  }
`);

graphql(`
  mutation CreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      id
      title
    }
  }
`);

graphql(`
  mutation UpdateTheme($input: UpdateThemeInput!) {
    updateTheme(input: $input) {
      id
      title
      version
    }
  }
`);

graphql(`
  mutation ArchiveTheme($input: VersionedRefInput!) {
    archiveTheme(input: $input) {
      id
    }
  }
`);

graphql(`
  mutation CreateObjective($input: CreateObjectiveInput!) {
    createObjective(input: $input) {
      id
      title
    }
  }
`);

graphql(`
  mutation UpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) {
      id
      title
      version
    }
  }
`);

graphql(`
  mutation ArchiveObjective($input: VersionedRefInput!) {
    archiveObjective(input: $input) {
      id
    }
  }
`);

graphql(`
  mutation ArchiveAction($input: VersionedRefInput!) {
    archiveAction(input: $input) {
      id
    }
  }
`);

graphql(`
  mutation ReorderThemes($input: ReorderInput!) {
    reorderThemes(input: $input) {
      id
    }
  }
`);

graphql(`
  mutation ReorderObjectives($input: ReorderInput!) {
    reorderObjectives(input: $input) {
      id
    }
  }
`);

graphql(`
  mutation ReorderActions($input: ReorderInput!) {
    reorderActions(input: $input) {
      id
    }
  }
`);

graphql(`
  query AdminDirectoryRecords {
    organisations {
      id
      version
      name
      shortName
    }
    groups {
      id
      version
      name
      kind
      description
      members {
        ...GroupMemberFields
      }
    }
    people {
      id
      version
      fullName
      email
      jobTitle
      organisationId
      organisationName
      isAdministrator
    }
  }
`);

graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      version
    }
  }
`);

graphql(`
  mutation ArchiveOrganisation($input: VersionedRefInput!) {
    archiveOrganisation(input: $input) {
      id
      archivedAt
    }
  }
`);

graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      name
    }
  }
`);

graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      name
      version
    }
  }
`);

graphql(`
  mutation ArchiveGroup($input: VersionedRefInput!) {
    archiveGroup(input: $input) {
      id
      archivedAt
    }
  }
`);

graphql(`
  mutation AddGroupMember($input: GroupMemberInput!) {
    addGroupMember(input: $input) {
      id
      version
      members {
        ...GroupMemberFields
      }
    }
  }
`);

graphql(`
  mutation RemoveGroupMember($input: GroupMemberInput!) {
    removeGroupMember(input: $input) {
      id
      version
      members {
        ...GroupMemberFields
      }
    }
  }
`);

graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      fullName
    }
  }
`);

graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      fullName
      version
    }
  }
`);

graphql(`
  mutation ArchivePerson($input: VersionedRefInput!) {
    archivePerson(input: $input) {
      id
      archivedAt
    }
  }
`);
