import type { Type } from '@nestjs/common';
import { IdentityModule } from '@waymark/api/identity/feature';
import { PartnershipModule } from '@waymark/api/partnership/feature';
import {
  IndicatorsModule,
  ProgressWriteModule,
  ReportingPeriodAdminModule,
  ThemeCommentaryReadModule,
} from '@waymark/api/progress/feature';
import { ReportingModule } from '@waymark/api/reporting/feature';
import { StrategyModule } from '@waymark/api/strategy/feature';
import { ImportExportModule } from '@waymark/api/import-export/feature';
import { MailModule } from '@waymark/api/mail/feature';
import { RemindersModule } from '@waymark/api/reminders/feature';
import { NotificationsModule } from '@waymark/api/notifications/feature';
import { AuditLogModule } from '@waymark/api/audit/feature';

/** Feature modules composed into the API. Each domain adds its module here. */
export const featureModules: Type[] = [
  IdentityModule,
  PartnershipModule,
  StrategyModule,
  ReportingPeriodAdminModule,
  ProgressWriteModule,
  ReportingModule,
  ImportExportModule,
  IndicatorsModule,
  ThemeCommentaryReadModule,
  MailModule,
  RemindersModule,
  NotificationsModule,
  AuditLogModule,
];
