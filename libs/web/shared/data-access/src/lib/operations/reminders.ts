// Reminders: a strategy's reminder settings, a period's cycle status, "send a reminder now" and pausing a person.
import { graphql } from '../generated';

graphql(`
  query ReminderSettings($strategyId: ID!) {
    reminderSettings(strategyId: $strategyId) {
      strategyId
      reminderEnabled
      reminderDaysBefore
      chaserEnabled
      chaserDaysAfter
      escalationEnabled
      escalationDaysAfter
      version
    }
  }
`);

graphql(`
  mutation UpdateReminderSettings($input: UpdateReminderSettingsInput!) {
    updateReminderSettings(input: $input) {
      strategyId
      reminderEnabled
      reminderDaysBefore
      chaserEnabled
      chaserDaysAfter
      escalationEnabled
      escalationDaysAfter
      version
    }
  }
`);

graphql(`
  query CycleStatus($periodId: ID!) {
    cycleStatus(periodId: $periodId) {
      periodId
      periodName
      strategyId
      strategyTitle
      updateDeadline
      state
      today
      timeZone
      people {
        personId
        fullName
        email
        remindersPaused
        reachable
        submitted
        owed {
          actionId
          ref
          title
          updateState
        }
      }
      withoutLead {
        actionId
        ref
        title
        updateState
      }
      messages {
        deliveryId
        step
        personId
        fullName
        recipient
        actionCount
        createdAt
        sentById
        deliveryStatus
        sentAt
        attempts
        lastError
      }
    }
  }
`);

graphql(`
  mutation SendReminderNow($input: SendReminderNowInput!) {
    sendReminderNow(input: $input) {
      deliveryId
      recipient
      actionCount
    }
  }
`);

graphql(`
  mutation SetRemindersPaused($input: SetRemindersPausedInput!) {
    setRemindersPaused(input: $input) {
      personId
      fullName
      remindersPaused
    }
  }
`);
