import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { type ExplorerAction, type ExplorerTheme, ExplorerStore } from '@waymark/web/shared/data-access';
import {
  ActionFilters,
  LIFECYCLE_WORD,
  Loading,
  PluralNounPipe,
  PluralPipe,
  RagTag,
  TableScroll,
  actionFilterInUrl,
  capThemeActions,
  filterOptions,
  isFiltering,
} from '@waymark/web/shared/ui';
import { allActions, filterThemes } from './explorer-filter';
import { formatDate } from './format-date';

/** Actions rendered per theme until "Show all" (600-action strategies stay quick; demo themes are smaller). */
export const THEME_ACTION_CAP = 25;

/** One strategy's tree: numbered themes, objectives, actions with lead, due, status and latest RAG; filters kept in the URL. */
@Component({
  selector: 'wm-strategy-tree-page',
  imports: [RouterLink, NgTemplateOutlet, ActionFilters, Loading, RagTag, TableScroll, PluralPipe, PluralNounPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ExplorerStore],
  templateUrl: './strategy-tree-page.html',
  styles: `
    .wm-col-number { width: 3em; }
  `,
})
export class StrategyTreePage implements OnInit {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();
  private readonly store = inject(ExplorerStore);
  protected readonly strategy = this.store.strategy.value;
  protected readonly error = this.store.strategy.error;
  private readonly inUrl = actionFilterInUrl();
  protected readonly filter = this.inUrl.filter;
  protected readonly setFilter = this.inUrl.set;
  protected readonly clearFilter = this.inUrl.clear;
  protected readonly lifecycle = LIFECYCLE_WORD;
  protected readonly formatDate = formatDate;

  protected readonly options = computed(() => filterOptions(allActions(this.strategy()?.themes ?? [])));
  protected readonly themes = computed(() => filterThemes(this.strategy()?.themes ?? [], this.filter()));
  protected readonly filtering = computed(() => isFiltering(this.filter()));
  /** Themes the reader opened in full with "Show all N actions". */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly shownThemes = computed(() => {
    const expanded = this.expanded();
    return this.themes().map((theme) => capThemeActions(theme, expanded.has(theme.id) ? Infinity : THEME_ACTION_CAP));
  });
  private readonly injector = inject(Injector);
  protected readonly shownCount = computed(() => allActions(this.themes()).length);
  protected readonly totalCount = computed(() => allActions(this.strategy()?.themes ?? []).length);

  ngOnInit(): void {
    void this.store.loadStrategy(this.id());
  }

  /** Template context variables are untyped; the table is only ever given actions. */
  protected asActions(value: unknown): readonly ExplorerAction[] {
    return value as readonly ExplorerAction[];
  }
  /** Renders the whole theme and moves focus to the first action that was hidden. */
  protected showAll(theme: ExplorerTheme): void {
    const inOrder = [...theme.objectives.flatMap((o) => o.actions), ...theme.actions];
    const firstHidden = inOrder[THEME_ACTION_CAP];
    this.expanded.update((set) => new Set(set).add(theme.id));
    if (firstHidden)
      afterNextRender(() => document.getElementById(`action-${firstHidden.id}`)?.focus(), { injector: this.injector });
  }
}
