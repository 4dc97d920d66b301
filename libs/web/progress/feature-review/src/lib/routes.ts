import { Route } from '@angular/router';
import { ReviewDashboardPage } from './review-dashboard-page';
import { ReviewStartPage } from './review-start-page';
import { SignOffConfirmPage } from './sign-off-confirm-page';

export const reviewRoutes: Route[] = [
  { path: '', component: ReviewStartPage, title: 'Review – Waymark' },
  { path: ':strategyId/:periodId', component: ReviewDashboardPage, title: 'Review dashboard – Waymark' },
  { path: ':strategyId/:periodId/sign-off', component: SignOffConfirmPage, title: 'Check before you sign off – Waymark' },
];
