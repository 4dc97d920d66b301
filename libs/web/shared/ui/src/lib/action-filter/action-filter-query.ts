import { Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';
import { ActionFilter, NO_ACTION_FILTER, filterFromParams, filterToParams } from './action-filter';

/**
 * The filter of the current route, read from and written to its query string, so a filtered list can be
 * bookmarked, shared and survives a reload. Call from a component's injection context.
 */
export function actionFilterInUrl(): {
  readonly filter: Signal<ActionFilter>;
  readonly set: (filter: ActionFilter) => void;
  readonly clear: () => void;
} {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = toSignal(route.queryParamMap.pipe(map(filterFromParams)), {
    initialValue: filterFromParams(route.snapshot.queryParamMap),
  });
  const filter = computed(() => params());
  // replaceUrl: each choice in a select is not a page of its own for the Back button.
  const set = (next: ActionFilter) =>
    void router.navigate([], {
      relativeTo: route,
      queryParams: filterToParams(next),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  return { filter, set, clear: () => set(NO_ACTION_FILTER) };
}
