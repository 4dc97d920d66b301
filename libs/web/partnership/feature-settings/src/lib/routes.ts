import { inject } from '@angular/core';
import { type CanActivateFn, Route, Router } from '@angular/router';
import { SessionStore } from '@waymark/web/shared/data-access';
import { NoticeSettingsPage } from './notice-settings-page';
import { PartnershipSettingsPage } from './partnership-settings-page';

/** Settings are for administrators only (the API refuses the mutation anyway; this keeps others off the screen). */
export const administratorGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const user = await session.load();
  return user?.isAdministrator || user?.roles.includes('Administrator') ? true : router.createUrlTree(['/']);
};

export const settingsRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'partnership' },
  {
    path: 'partnership',
    canActivate: [administratorGuard],
    component: PartnershipSettingsPage,
    title: 'Partnership settings – Waymark',
  },
  {
    path: 'notices',
    canActivate: [administratorGuard],
    component: NoticeSettingsPage,
    title: 'Accessibility and privacy details – Waymark',
  },
];
