// Each person's notifications, notification settings and the home page summary.
import { graphql } from '../generated';

graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    linkPath
    isRead
    createdAt
  }
`);

graphql(`
  query Home {
    home {
      today
      owed {
        strategyId
        strategyTitle
        periodId
        periodName
        deadline
        deadlineInWords
        daysUntilDeadline
        owed
        notStarted
        drafts
        returned
        submitted
        accepted
        isOverdue
      }
      reviews {
        strategyId
        strategyTitle
        periodId
        periodName
        updateDeadline
        waiting
      }
      recentNotifications {
        ...NotificationFields
      }
      unreadNotificationCount
    }
  }
`);

graphql(`
  query Notifications($limit: Int) {
    notifications(limit: $limit) {
      ...NotificationFields
    }
    unreadNotificationCount
  }
`);

graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

graphql(`
  fragment NotificationSettingsFields on NotificationSettings {
    version
    preferences {
      kind
      label
      hint
      essential
      choices
      delivery
    }
  }
`);

graphql(`
  query NotificationSettings {
    notificationSettings {
      ...NotificationSettingsFields
    }
  }
`);

graphql(`
  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      ...NotificationSettingsFields
    }
  }
`);
