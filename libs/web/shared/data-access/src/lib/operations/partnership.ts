// Partnership settings (administrators): name, short name and the partnership's own RAG definitions.
import { graphql } from '../generated';

graphql(`
  fragment PartnershipSettingsFields on Partnership {
    id
    name
    shortName
    timeZone
    version
    ragDefinitions {
      ...RagDefinitionFields
    }
  }
`);

graphql(`
  query PartnershipSettings {
    partnership {
      ...PartnershipSettingsFields
    }
  }
`);

graphql(`
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      ...PartnershipSettingsFields
    }
  }
`);
