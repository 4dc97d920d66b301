import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import {
  ActionFilterChoicesDocument,
  SearchActionsDocument,
  type SearchActionsQuery,
  describeError,
} from '@waymark/web/shared/data-access';
import {
  ActionFilters,
  ErrorSummary,
  LIFECYCLE_WORD,
  Loading,
  RagTag,
  actionFilterInUrl,
  matchesFilter,
  type ActionFilterOptions,
  type ErrorSummaryItem,
} from '@waymark/web/shared/ui';
import { MATCH_WORD, toSearchFilter } from './search-filter';

type SearchResult = SearchActionsQuery['searchActions'];
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
  private readonly apollo = inject(Apollo);
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
  protected readonly result = signal<SearchResult | null>(null);
  protected readonly searching = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly options = signal<ActionFilterOptions>({ organisations: [], groups: [], leads: [] });
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
  private latest = 0;

  constructor() {
    effect(() => {
      const query = this.query();
      const filter = this.filter();
      void this.search(query, filter);
    });
  }

  ngOnInit(): void {
    void this.loadChoices();
  }

  protected submit(event: Event, text: string): void {
    event.preventDefault();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: text.trim() || null },
      queryParamsHandling: 'merge',
    });
  }

  private async search(query: string, filter: ReturnType<typeof this.filter>): Promise<void> {
    const call = ++this.latest;
    this.problem.set(null);
    this.title.setTitle(PAGE_TITLE);
    if (query.trim() === '') {
      this.result.set(null);
      return;
    }
    this.searching.set(true);
    try {
      const response = await firstValueFrom(
        this.apollo.query({
          query: SearchActionsDocument,
          variables: { input: { query, filter: toSearchFilter(filter) } },
          fetchPolicy: 'network-only',
        }),
      );
      if (call !== this.latest) return;
      this.result.set(response.data?.searchActions ?? null);
    } catch (error) {
      if (call !== this.latest) return;
      const problem = describeError(error);
      this.result.set(null);
      this.problem.set(problem.fields[0]?.message ?? problem.message);
      this.title.setTitle(`Error: ${PAGE_TITLE}`);
    } finally {
      if (call === this.latest) this.searching.set(false);
    }
  }

  private async loadChoices(): Promise<void> {
    const response = await firstValueFrom(this.apollo.query({ query: ActionFilterChoicesDocument }));
    const data = response.data;
    if (!data) return;
    const byName = <T extends { id: string; name: string }>(list: T[]) =>
      list.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
    this.options.set({
      organisations: byName(data.organisations),
      groups: byName(data.groups.filter((g) => g.kind === 'DeliveryGroup')),
      leads: byName(data.people.map((p) => ({ id: p.id, name: p.fullName }))),
    });
  }
}
