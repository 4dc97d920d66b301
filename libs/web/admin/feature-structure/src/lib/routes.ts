import { Route } from '@angular/router';
import { ArchivePage } from './archive-page';
import { GroupFormPage } from './directory/group-form-page';
import { OrganisationFormPage } from './directory/organisation-form-page';
import { PersonFormPage } from './directory/person-form-page';
import { ItemFormPage } from './structure/item-form-page';
import { StrategyFormPage } from './structure/strategy-form-page';
import { StructurePage } from './structure/structure-page';

/** Mounted by the administration routes (behind their administrator guard), relative to `/admin`. */
export const structureRoutes: Route[] = [
  { path: 'strategies/new', component: StrategyFormPage, title: 'Create a strategy – Waymark' },
  { path: 'strategies/:strategyId', component: StructurePage, title: 'Edit strategy – Waymark' },
  { path: 'strategies/:strategyId/edit', component: StrategyFormPage, title: 'Change strategy details – Waymark' },
  {
    path: 'strategies/:strategyId/themes/new',
    component: ItemFormPage,
    data: { level: 'theme' },
    title: 'Add a theme – Waymark',
  },
  {
    path: 'strategies/:strategyId/themes/:themeId/edit',
    component: ItemFormPage,
    data: { level: 'theme' },
    title: 'Change theme – Waymark',
  },
  {
    path: 'strategies/:strategyId/themes/:themeId/objectives/new',
    component: ItemFormPage,
    data: { level: 'objective' },
    title: 'Add an objective – Waymark',
  },
  {
    path: 'strategies/:strategyId/objectives/:objectiveId/edit',
    component: ItemFormPage,
    data: { level: 'objective' },
    title: 'Change objective – Waymark',
  },
  { path: 'archive/:kind/:id', component: ArchivePage, title: 'Archive – Waymark' },
  { path: 'organisations/new', component: OrganisationFormPage, title: 'Add an organisation – Waymark' },
  {
    path: 'organisations/:organisationId/edit',
    component: OrganisationFormPage,
    title: 'Change organisation – Waymark',
  },
  { path: 'groups/new', component: GroupFormPage, title: 'Add a group – Waymark' },
  { path: 'groups/:groupId/edit', component: GroupFormPage, title: 'Change group – Waymark' },
  { path: 'people/new', component: PersonFormPage, title: 'Add a person – Waymark' },
  { path: 'people/:personId/edit', component: PersonFormPage, title: 'Change person – Waymark' },
];
