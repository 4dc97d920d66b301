import { Route } from '@angular/router';
import { AccountPage } from './account-page';
import { NotificationListPage } from './notification-list-page';
import { NotificationSettingsPage } from './notification-settings-page';

export const notificationsRoutes: Route[] = [
  { path: '', component: NotificationListPage, title: 'Notifications – Waymark' },
];

export const accountRoutes: Route[] = [
  { path: '', component: AccountPage, title: 'Your account – Waymark' },
  { path: 'notifications', component: NotificationSettingsPage, title: 'Notification settings – Waymark' },
];
