import { graphql } from '../generated';

graphql(`
  query SignInOptions {
    signInOptions {
      singleSignOn {
        label
        startUrl
      }
    }
  }
`);

graphql(`
  fragment SingleSignOnSettingsFields on SingleSignOnSettings {
    issuer
    clientId
    clientSecretSet
    jitEmailDomains
    ssoOnly
    redirectUri
    version
    administrators {
      personId
      fullName
      email
      breakGlass
    }
  }
`);

graphql(`
  query SingleSignOnSettings {
    singleSignOnSettings {
      ...SingleSignOnSettingsFields
    }
  }
`);

graphql(`
  mutation UpdateSingleSignOn($input: UpdateSingleSignOnInput!) {
    updateSingleSignOn(input: $input) {
      ...SingleSignOnSettingsFields
    }
  }
`);
