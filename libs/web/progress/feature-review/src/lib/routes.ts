import { Route } from '@angular/router';

export const reviewRoutes: Route[] = [];
