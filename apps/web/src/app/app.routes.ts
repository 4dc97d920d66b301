import { Route } from '@angular/router';
import { authGuard } from '@waymark/web/shared/data-access';

/** Lazy routes only: every screen lives in a libs/web/<domain>/feature-* library. */
export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'Sign in – Waymark',
    loadComponent: () => import('@waymark/web/identity/feature-sign-in').then((m) => m.SignInPage),
  },
  {
    path: 'sign-in/problem',
    title: 'Problem signing in – Waymark',
    loadComponent: () => import('@waymark/web/identity/feature-sign-in').then((m) => m.SignInProblemPage),
  },
  {
    path: 'set-password',
    title: 'Set your password – Waymark',
    loadComponent: () => import('@waymark/web/identity/feature-sign-in').then((m) => m.SetPasswordPage),
  },
  {
    path: 'choose-partnership',
    title: 'Choose a partnership – Waymark',
    loadComponent: () => import('@waymark/web/identity/feature-sign-in').then((m) => m.ChoosePartnershipPage),
  },
  {
    path: 'forgot-password',
    title: 'Reset your password – Waymark',
    loadComponent: () => import('@waymark/web/identity/feature-sign-in').then((m) => m.ForgotPasswordPage),
  },
  // Readable without signing in: a public service's statement, cookies, privacy notice and help.
  {
    path: 'accessibility',
    title: 'Accessibility statement – Waymark',
    loadComponent: () => import('@waymark/web/help/feature-pages').then((m) => m.AccessibilityStatementPage),
  },
  {
    path: 'cookies',
    title: 'Cookies – Waymark',
    loadComponent: () => import('@waymark/web/help/feature-pages').then((m) => m.CookiesPage),
  },
  {
    path: 'privacy',
    title: 'Privacy notice – Waymark',
    loadComponent: () => import('@waymark/web/help/feature-pages').then((m) => m.PrivacyPage),
  },
  { path: 'help', loadChildren: () => import('@waymark/web/help/feature-pages').then((m) => m.helpRoutes) },
  {
    path: '',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('@waymark/web/identity/feature-sign-in').then((m) => m.HomePage),
        title: 'Home – Waymark',
      },
      {
        path: 'my-updates',
        loadChildren: () => import('@waymark/web/progress/feature-my-updates').then((m) => m.myUpdatesRoutes),
      },
      {
        path: 'review',
        loadChildren: () => import('@waymark/web/progress/feature-review').then((m) => m.reviewRoutes),
      },
      {
        path: 'strategies',
        loadChildren: () => import('@waymark/web/strategy/feature-explorer').then((m) => m.explorerRoutes),
      },
      {
        path: 'reports',
        loadChildren: () => import('@waymark/web/reporting/feature-reports').then((m) => m.reportsRoutes),
      },
      { path: 'admin', loadChildren: () => import('@waymark/web/admin/feature-admin').then((m) => m.adminRoutes) },
      {
        path: 'account/password',
        title: 'Change your password – Waymark',
        loadComponent: () => import('@waymark/web/identity/feature-sign-in').then((m) => m.ChangePasswordPage),
      },
      {
        path: 'account',
        loadChildren: () => import('@waymark/web/notifications/feature-notifications').then((m) => m.accountRoutes),
      },
      {
        path: 'notifications',
        loadChildren: () =>
          import('@waymark/web/notifications/feature-notifications').then((m) => m.notificationsRoutes),
      },
      {
        path: 'settings',
        loadChildren: () => import('@waymark/web/partnership/feature-settings').then((m) => m.settingsRoutes),
      },
    ],
  },
  {
    path: '**',
    loadComponent: () => import('@waymark/web/identity/feature-sign-in').then((m) => m.NotFoundPage),
    title: 'Page not found – Waymark',
  },
];
