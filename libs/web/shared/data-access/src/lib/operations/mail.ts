// The administrators' outbox: e-mails Waymark queued and where each is in its delivery.
import { graphql } from '../generated';

graphql(`
  query OutboxMessages {
    outboxMessages {
      id
      recipient
      subject
      textBody
      status
      attempts
      lastError
      sentAt
      createdAt
    }
  }
`);
