import { Route } from '@angular/router';
import { MyUpdatesPage } from './my-updates-page';
import { UpdateFormPage } from './update-form-page';

export const myUpdatesRoutes: Route[] = [
  { path: '', component: MyUpdatesPage, title: 'My updates – Waymark' },
  { path: ':strategyId/:periodId/:actionId', component: UpdateFormPage, title: 'Write an update – Waymark' },
];
