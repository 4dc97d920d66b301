import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { ProgressStore } from '@waymark/web/shared/data-access';
import {
  DEFAULT_PAGE_SIZE,
  Loading,
  NotificationBanner,
  Pagination,
  RagTag,
  ReviewStateTag,
  pageWindow,
} from '@waymark/web/shared/ui';
import { filterOwed, groupOwedUpdates, isDone, type OwedFilter, pageOfGroups } from './group-owed-updates';

const FILTERS: readonly { value: OwedFilter; text: string }[] = [
  { value: 'todo', text: 'To do' },
  { value: 'submitted', text: 'Submitted' },
  { value: 'all', text: 'All' },
];

/** Delivery lead: every action I owe an update on this period, by strategy and theme. */
@Component({
  selector: 'wm-my-updates-page',
  imports: [RouterLink, DatePipe, Loading, RagTag, ReviewStateTag, NotificationBanner, Pagination],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-updates-page.html',
  providers: [ProgressStore],
})
export class MyUpdatesPage implements OnInit {
  private readonly store = inject(ProgressStore);
  /** Set by the update form after a submit (query parameter). */
  readonly submitted = input<string>();
  /** "todo", "submitted" or "all" (the default), from the query string. */
  readonly show = input<string>();
  protected readonly filter = computed<OwedFilter>(() => {
    const show = this.show();
    return show === 'todo' || show === 'submitted' ? show : 'all';
  });
  protected readonly filters = FILTERS;

  protected readonly owed = this.store.owed.value;
  protected readonly error = this.store.owed.error;
  protected readonly groups = computed(() => {
    const owed = this.owed();
    return owed ? groupOwedUpdates(filterOwed(owed, this.filter())) : [];
  });
  /** A lead with many actions gets pages of 50 rows, counted across strategies and themes. */
  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly page = signal(1);
  protected readonly shownGroups = computed(() => {
    const groups = this.groups();
    const { page } = pageWindow(this.shownCount(), this.pageSize, this.page());
    return pageOfGroups(groups, this.pageSize, page);
  });
  protected readonly counts = computed(() => {
    const owed = this.owed() ?? [];
    const done = owed.filter(isDone).length;
    return { total: owed.length, toDo: owed.length - done, submitted: done };
  });
  protected readonly shownCount = computed(
    () => ({ all: this.counts().total, todo: this.counts().toDo, submitted: this.counts().submitted })[this.filter()],
  );

  constructor() {
    // A new filter starts at its first page.
    effect(() => {
      this.filter();
      this.page.set(1);
    });
  }

  ngOnInit(): void {
    void this.store.loadMyUpdates();
  }
}
