// The partnership audit log (administrators): who changed what, when, filtered and paged.
import { graphql } from '../generated';

graphql(`
  query AuditLog($input: AuditLogInput) {
    auditLog(input: $input) {
      nextCursor
      entries {
        id
        occurredAt
        personName
        recordType
        recordTypeLabel
        recordName
        recordPath
        summary
        details
        reason
      }
    }
  }
`);
