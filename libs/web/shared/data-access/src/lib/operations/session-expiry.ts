// The timeout warning: when the session ends (asking does not extend it) and "Stay signed in".
import { graphql } from '../generated';

graphql(`
  fragment SessionExpiryFields on SessionExpiry {
    secondsLeft
    warnSeconds
    extendable
  }
`);

graphql(`
  query SessionExpiry {
    sessionExpiry {
      ...SessionExpiryFields
    }
  }
`);

graphql(`
  mutation StaySignedIn {
    staySignedIn {
      ...SessionExpiryFields
    }
  }
`);
