import { Module } from '@nestjs/common';
import { CycleStatusQueries, ReminderActionsService, ReminderRun, ReminderSettingsService } from '@waymark/api/reminders/data-access';
import { CycleStatusResolver } from './cycle-status.resolver';
import { ReminderSettingsResolver } from './reminder-settings.resolver';

/** Reminder settings, the cycle status page and its actions; the run itself is the `reminders` scheduled job. */
@Module({
  providers: [ReminderSettingsService, CycleStatusQueries, ReminderActionsService, ReminderRun, ReminderSettingsResolver, CycleStatusResolver],
  exports: [ReminderRun],
})
export class RemindersModule {}
