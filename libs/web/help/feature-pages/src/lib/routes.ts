import { Route } from '@angular/router';
import { HelpPage } from './help-page';
import { RoleHelpPage } from './role-help-page';

/** `/help` and `/help/:role`: public, like the accessibility, cookies and privacy pages the app mounts by name. */
export const helpRoutes: Route[] = [
  { path: '', pathMatch: 'full', component: HelpPage, title: 'How Waymark works – Waymark' },
  { path: ':role', component: RoleHelpPage },
];
