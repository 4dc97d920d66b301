import { Route } from '@angular/router';

export const myUpdatesRoutes: Route[] = [];
