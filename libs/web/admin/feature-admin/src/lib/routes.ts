import { Route } from '@angular/router';
import { structureRoutes } from '@waymark/web/admin/feature-structure';
import { ActionFormPage } from './action-form-page';
import { AdminHomePage } from './admin-home-page';
import { adminGuard } from './admin-guard';
import { DirectoryPage } from './directory-page';
import { OutboxPage } from './outbox/outbox-page';
import { InvitePersonPage } from './people/invite-person-page';
import { SingleSignOnLinkPage } from './people/single-sign-on-link-page';
import { SecurityEventsPage } from './security/security-events-page';
import { AuditLogPage } from './audit/audit-log-page';
import { IndicatorAdminPage } from './indicators/indicator-admin-page';
import { PeriodsPage } from './periods/periods-page';
import { PlanImportPage } from './plan-import-page';
import { CycleStatusPage } from './reminders/cycle-status-page';
import { ReminderSettingsPage } from './reminders/reminder-settings-page';
import { ReportTemplatePage } from './report-template/report-template-page';

export const adminRoutes: Route[] = [
  {
    path: '',
    canActivate: [adminGuard],
    children: [
      { path: '', component: AdminHomePage, title: 'Administration – Waymark' },
      { path: 'import', component: PlanImportPage, title: 'Import a plan – Waymark' },
      { path: 'periods', component: PeriodsPage, title: 'Reporting periods – Waymark' },
      { path: 'periods/:periodId/cycle', component: CycleStatusPage, title: 'Cycle status – Waymark' },
      {
        path: 'strategies/:strategyId/reminders',
        component: ReminderSettingsPage,
        title: 'Reminder settings – Waymark',
      },
      { path: 'directory', component: DirectoryPage, title: 'Organisations, groups and people – Waymark' },
      { path: 'outbox', component: OutboxPage, title: 'Outbox – Waymark' },
      { path: 'report-template', component: ReportTemplatePage, title: 'Word template for the board report – Waymark' },
      { path: 'people/invite', component: InvitePersonPage, title: 'Invite a person – Waymark' },
      {
        path: 'people/:personId/single-sign-on',
        component: SingleSignOnLinkPage,
        title: 'Single sign-on link – Waymark',
      },
      { path: 'security-events', component: SecurityEventsPage, title: 'Security events – Waymark' },
      { path: 'audit-log', component: AuditLogPage, title: 'Audit log – Waymark' },
      { path: 'indicators', component: IndicatorAdminPage, title: 'Performance indicators – Waymark' },
      {
        path: 'strategies/:strategyId/indicators',
        component: IndicatorAdminPage,
        title: 'Performance indicators – Waymark',
      },
      { path: 'strategies/:strategyId/actions/new', component: ActionFormPage, title: 'Add an action – Waymark' },
      {
        path: 'strategies/:strategyId/actions/:actionId/edit',
        component: ActionFormPage,
        title: 'Change action – Waymark',
      },
      // Strategies, themes, objectives (create, change, reorder, archive); organisations, groups, people.
      ...structureRoutes,
    ],
  },
];
