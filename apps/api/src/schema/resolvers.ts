import type { Type } from '@nestjs/common';
import { SystemResolver } from '../system/system.resolver';
import {
  IdentityResolver,
  PartnershipChoiceResolver,
  PasswordLinkResolver,
  SecurityEventsResolver,
  SessionExpiryResolver,
  SingleSignOnLinkResolver,
  SingleSignOnResolver,
} from '@waymark/api/identity/feature';
import {
  PartnershipAdminResolver,
  PartnershipNoticeResolver,
  PartnershipResolver,
  PartnershipSettingsResolver,
  PersonAccessResolver,
  PersonAccountFieldsResolver,
} from '@waymark/api/partnership/feature';
import {
  CorrectionResolver,
  IndicatorResolver,
  PeriodSignOffResolver,
  ProgressWriteResolver,
  ReportingPeriodAdminResolver,
  ThemeCommentaryQueryResolver,
} from '@waymark/api/progress/feature';
import {
  RagTrendResolver,
  ReportResolver,
  ReportSettingsResolver,
  ReportVersionsResolver,
} from '@waymark/api/reporting/feature';
import { ActionAdminResolver, StrategyAdminResolver, StrategyQueryResolver } from '@waymark/api/strategy/feature';
import { PlanImportResolver, ReportTemplateResolver } from '@waymark/api/import-export/feature';
import { OutboxResolver } from '@waymark/api/mail/feature';
import { CycleStatusResolver, ReminderSettingsResolver } from '@waymark/api/reminders/feature';
import { HomeResolver, NotificationSettingsResolver, NotificationsResolver } from '@waymark/api/notifications/feature';
import { AuditLogResolver } from '@waymark/api/audit/feature';

/** Every resolver class; the schema emitter builds the contract from this list without a database. */
export const allResolvers: Type[] = [
  SystemResolver,
  IdentityResolver,
  PartnershipResolver,
  PartnershipAdminResolver,
  StrategyQueryResolver,
  StrategyAdminResolver,
  ActionAdminResolver,
  ReportingPeriodAdminResolver,
  ProgressWriteResolver,
  PeriodSignOffResolver,
  ReportResolver,
  ReportVersionsResolver,
  RagTrendResolver,
  PlanImportResolver,
  IndicatorResolver,
  ThemeCommentaryQueryResolver,
  PartnershipSettingsResolver,
  OutboxResolver,
  PasswordLinkResolver,
  PersonAccessResolver,
  SingleSignOnResolver,
  SecurityEventsResolver,
  SingleSignOnLinkResolver,
  PersonAccountFieldsResolver,
  SessionExpiryResolver,
  ReportSettingsResolver,
  CorrectionResolver,
  ReminderSettingsResolver,
  CycleStatusResolver,
  NotificationsResolver,
  NotificationSettingsResolver,
  HomeResolver,
  PartnershipChoiceResolver,
  ReportTemplateResolver,
  AuditLogResolver,
  PartnershipNoticeResolver,
];
