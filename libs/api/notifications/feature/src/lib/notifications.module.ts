import { Global, Module } from '@nestjs/common';
import {
  DailyDigest,
  DailyDigestJob,
  NotificationInbox,
  NotificationSettingsService,
  WorkflowNotices,
} from '@waymark/api/notifications/data-access';
import { ProgressActivityQueries, PROGRESS_EVENTS } from '@waymark/api/progress/data-access';
import { Clock } from '@waymark/api/shared/util';
import { HomeResolver } from './home/home.resolver';
import { NotificationsResolver } from './inbox/notifications.resolver';
import { NotificationSettingsResolver } from './settings/notification-settings.resolver';

/**
 * Notifications: the progress workflow's events become notifications and e-mails (PROGRESS_EVENTS), each person's
 * list and settings, the daily digest job, and the home page. Global, so the progress write side and the job
 * registry find PROGRESS_EVENTS, the Clock and the DailyDigestJob wherever they are.
 */
@Global()
@Module({
  providers: [
    Clock,
    WorkflowNotices,
    { provide: PROGRESS_EVENTS, useExisting: WorkflowNotices },
    NotificationInbox,
    NotificationSettingsService,
    DailyDigest,
    DailyDigestJob,
    ProgressActivityQueries,
    NotificationsResolver,
    NotificationSettingsResolver,
    HomeResolver,
  ],
  exports: [PROGRESS_EVENTS, Clock, DailyDigest, DailyDigestJob, NotificationInbox],
})
export class NotificationsModule {}
