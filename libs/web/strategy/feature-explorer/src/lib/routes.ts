import { Route } from '@angular/router';
import { ActionPage } from './action-page';
import { IndicatorsPage } from './indicators/indicators-page';
import { ActionSearchPage } from './search/action-search-page';
import { StrategyListPage } from './strategy-list-page';
import { StrategyTreePage } from './strategy-tree-page';

export const explorerRoutes: Route[] = [
  { path: '', component: StrategyListPage, title: 'Strategies – Waymark' },
  { path: 'search', component: ActionSearchPage, title: 'Search actions – Waymark' },
  { path: ':id', component: StrategyTreePage, title: 'Strategy – Waymark' },
  { path: ':id/indicators', component: IndicatorsPage, title: 'Performance indicators – Waymark' },
  { path: ':id/actions/:actionId', component: ActionPage, title: 'Action – Waymark' },
];
