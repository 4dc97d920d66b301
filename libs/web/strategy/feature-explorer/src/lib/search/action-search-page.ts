import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { ActionSearchStore } from '@waymark/web/shared/data-access';
import {
  ActionFilters,
  ErrorSummary,
  LIFECYCLE_WORD,
  Loading,
  RagTag,
  actionFilterInUrl,
  matchesFilter,
  type ErrorSummaryItem,
} from '@waymark/web/shared/ui';
import { MATCH_WORD, toSearchFilter } from './search-filter';

const PAGE_TITLE = 'Search actions – Waymark';

/**
 * Search actions by title, reference, description and update narrative (PostgreSQL full-text search), best
 * matches first, each with the words that matched; the shared filters narrow the results. The search text (`q`)
 * and the filters live in the query string, so a search can be bookmarked, shared and reloaded.
 */
@Component({
  selector: 'wm-action-search-page',
  imports: [RouterLink, ActionFilters, ErrorSummary, Loading, RagTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ActionSearchStore],
  templateUrl: './action-search-page.html',
  styles: `
    .wm-search__bar { display: flex; flex-wrap: wrap; gap: 10px; align-items: flex-end; }
    .wm-search__bar .govuk-input { flex: 1 1 12em; min-width: 0; }
    .wm-search__bar .govuk-button { margin-bottom: 0; }
    .wm-search__hit { border-bottom: 1px solid #b1b4b6; padding-bottom: 15px; margin-bottom: 15px; }
    .wm-search__snippet mark { background-color: #fd0; color: #0b0c0c; font-weight: 700; }
  `,
})
export class ActionSearchPage implements OnInit {
  private readonly store = inject(ActionSearchStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly title = inject(Title);
  private readonly inUrl = actionFilterInUrl();
  protected readonly filter = this.inUrl.filter;
  protected readonly setFilter = this.inUrl.set;
  protected readonly clearFilter = this.inUrl.clear;
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map((p) => p.get('q') ?? '')), {
    initialValue: this.route.snapshot.queryParamMap.get('q') ?? '',
  });
  protected readonly problem = this.store.search.error;
  protected readonly result = computed(() => (this.problem() ? null : this.store.search.value()));
  protected readonly searching = this.store.search.loading;
  protected readonly options = this.store.choices;
  protected readonly lifecycle = LIFECYCLE_WORD;
  protected readonly matchWord = MATCH_WORD;
  protected readonly errors = computed<ErrorSummaryItem[]>(() => {
    const message = this.problem();
    return message ? [{ fieldId: 'search-query', message }] : [];
  });
  /** "No RAG" is applied here (see toSearchFilter); every other criterion was applied by the API. */
  protected readonly hits = computed(() =>
    (this.result()?.hits ?? []).filter((h) => this.filter().rag !== 'None' || matchesFilter(h.action, this.filter())),
  );

  constructor() {
    effect(() => void this.store.find(this.query(), toSearchFilter(this.filter())));
    effect(() => this.title.setTitle(this.problem() ? `Error: ${PAGE_TITLE}` : PAGE_TITLE));
  }

  ngOnInit(): void {
    void this.store.loadChoices();
  }

  protected submit(event: Event, text: string): void {
    event.preventDefault();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: text.trim() || null },
      queryParamsHandling: 'merge',
    });
  }
}
