// The accessibility statement's and privacy notice's partnership fields: shown to everyone, written by administrators.
import { graphql } from '../generated';

graphql(`
  query PublishedNotices {
    publishedNotices {
      partnershipName
      organisationName
      contactEmail
      contactPhone
      dataController
      dataProtectionOfficer
      lawfulBasis
      retention
      processors
    }
  }
`);

graphql(`
  fragment NoticeSettingsFields on NoticeSettings {
    partnershipId
    version
    organisationName
    contactEmail
    contactPhone
    dataController
    dataProtectionOfficer
    lawfulBasis
    retention
    processors
  }
`);

graphql(`
  query NoticeSettings($partnershipId: ID!) {
    noticeSettings(partnershipId: $partnershipId) {
      ...NoticeSettingsFields
    }
  }
`);

graphql(`
  mutation UpdateNoticeSettings($input: UpdateNoticeSettingsInput!) {
    updateNoticeSettings(input: $input) {
      ...NoticeSettingsFields
    }
  }
`);
