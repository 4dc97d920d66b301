import { Module } from '@nestjs/common';
import {
  CycleStatusQueries,
  ReminderActionsService,
  ReminderRun,
  ReminderSettingsService,
} from '@waymark/api/reminders/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { DataSource } from 'typeorm';
import { CycleStatusResolver } from './cycle-status.resolver';
import { ReminderSettingsResolver } from './reminder-settings.resolver';

/** Reminder settings, the cycle status page and its actions; the run itself is the `reminders` scheduled job. */
@Module({
  providers: [
    ReminderSettingsService,
    CycleStatusQueries,
    ReminderActionsService,
    ReminderSettingsResolver,
    CycleStatusResolver,
    {
      provide: ReminderRun,
      inject: [DataSource, WAYMARK_CONFIG],
      useFactory: (dataSource: DataSource, config: WaymarkConfig) => new ReminderRun(dataSource, config.publicUrl),
    },
  ],
  exports: [ReminderRun],
})
export class RemindersModule {}
