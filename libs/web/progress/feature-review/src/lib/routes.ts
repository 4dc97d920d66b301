import { Route } from '@angular/router';
import { AcceptSelectedPage } from './accept-selected-page';
import { CorrectUpdatePage } from './corrections/correct-update-page';
import { ReviewDashboardPage } from './review-dashboard-page';
import { ReviewStartPage } from './review-start-page';
import { SignOffConfirmPage } from './sign-off-confirm-page';

export const reviewRoutes: Route[] = [
  { path: '', component: ReviewStartPage, title: 'Review – Waymark' },
  { path: ':strategyId/:periodId', component: ReviewDashboardPage, title: 'Review dashboard – Waymark' },
  {
    path: ':strategyId/:periodId/accept-selected',
    component: AcceptSelectedPage,
    title: 'Check before you accept – Waymark',
  },
  {
    path: ':strategyId/:periodId/sign-off',
    component: SignOffConfirmPage,
    title: 'Check before you sign off – Waymark',
  },
  {
    path: ':strategyId/:periodId/actions/:actionId/correct',
    component: CorrectUpdatePage,
    title: 'Correct an update – Waymark',
  },
];
