import { Route } from '@angular/router';
import { ReportsPage } from './reports-page';

export const reportsRoutes: Route[] = [{ path: '', component: ReportsPage, title: 'Board update report – Waymark' }];
