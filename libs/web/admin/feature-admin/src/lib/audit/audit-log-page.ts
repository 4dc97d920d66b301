import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuditLogStore, fieldName } from '@waymark/web/shared/data-access';
import { AUDIT_RECORD_TYPE_LABEL } from '@waymark/shared/domain';
import { ErrorSummary, Loading, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import {
  type AuditLogFilters,
  FILTER_FIELD_ID,
  NO_FILTERS,
  csvHref,
  filtersFromQuery,
  filtersToQuery,
  londonTime,
} from './audit-log-filters';

const PAGE_SIZE = 50;

/** Who changed what and when across the partnership: filter by person, record type and dates; page; download as CSV. */
@Component({
  selector: 'wm-audit-log-page',
  imports: [RouterLink, ErrorSummary, Loading],
  providers: [AuditLogStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log-page.html',
})
export class AuditLogPage implements OnInit {
  private readonly store = inject(AuditLogStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('results');

  protected readonly people = this.store.people;
  protected readonly recordTypes = Object.entries(AUDIT_RECORD_TYPE_LABEL)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  /** What the form shows; `applied` is what the list was loaded with. */
  protected readonly form = signal<AuditLogFilters>(NO_FILTERS);
  protected readonly applied = signal<AuditLogFilters>(NO_FILTERS);
  /** Null while the first page loads; none when it failed (the summary says why). */
  protected readonly entries = computed(() => this.store.log.value()?.entries ?? (this.store.log.error() ? [] : null));
  protected readonly nextCursor = computed(() => this.store.log.value()?.nextCursor ?? null);
  /** Cursors of the pages before this one (keyset paging goes forward; back is a remembered cursor). */
  private readonly previous = signal<Array<string | null>>([]);
  private readonly cursor = signal<string | null>(null);
  protected readonly pageNumber = computed(() => this.previous().length + 1);
  /** The date range the form refused before asking the API; cleared when a page is loaded. */
  private readonly rangeProblem = signal<string | null>(null);
  protected readonly problems = computed<Array<{ field: keyof AuditLogFilters | null; message: string }>>(() => {
    const range = this.rangeProblem();
    if (range) return [{ field: 'from', message: range }];
    const fields = this.store.fieldProblems();
    if (fields.length)
      return fields.map((f) => ({
        field: (fieldName(f) in FILTER_FIELD_ID ? fieldName(f) : null) as keyof AuditLogFilters | null,
        message: f.message,
      }));
    const message = this.store.log.error();
    return message ? [{ field: null, message }] : [];
  });
  protected readonly errors = computed<ErrorSummaryItem[]>(() =>
    this.problems().map((p) =>
      p.field ? { fieldId: FILTER_FIELD_ID[p.field], message: p.message } : { message: p.message },
    ),
  );
  protected readonly fieldId = FILTER_FIELD_ID;
  protected readonly dateFields: ReadonlyArray<{ key: 'from' | 'to'; label: string }> = [
    { key: 'from', label: 'Date from' },
    { key: 'to', label: 'Date to' },
  ];
  protected readonly csv = computed(() => csvHref(this.applied()));
  protected readonly time = londonTime;

  ngOnInit(): void {
    const filters = filtersFromQuery(this.route.snapshot.queryParams);
    this.form.set(filters);
    void this.store.loadPeople();
    void this.load(filters, null);
  }

  protected errorFor(field: keyof AuditLogFilters): string | null {
    return this.problems().find((p) => p.field === field)?.message ?? null;
  }

  protected set(field: keyof AuditLogFilters, value: string): void {
    this.form.update((f) => ({ ...f, [field]: value }));
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const filters = this.form();
    if (filters.from && filters.to && filters.from > filters.to) {
      this.rangeProblem.set('The date from must be the same as or before the date to.');
      return;
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams: filtersToQuery(filters), replaceUrl: true });
    this.previous.set([]);
    void this.load(filters, null);
  }

  protected clear(): void {
    this.form.set(NO_FILTERS);
    void this.router.navigate([], { relativeTo: this.route, queryParams: {}, replaceUrl: true });
    this.previous.set([]);
    void this.load(NO_FILTERS, null);
  }

  protected older(event: Event): void {
    event.preventDefault();
    this.previous.update((list) => [...list, this.cursor()]);
    void this.load(this.applied(), this.nextCursor(), true);
  }

  protected newer(event: Event): void {
    event.preventDefault();
    const list = this.previous();
    this.previous.set(list.slice(0, -1));
    void this.load(this.applied(), list[list.length - 1] ?? null, true);
  }

  private async load(filters: AuditLogFilters, after: string | null, focus = false): Promise<void> {
    this.rangeProblem.set(null);
    const page = await this.store.load({
      personId: filters.personId || null,
      recordType: filters.recordType || null,
      from: filters.from || null,
      to: filters.to || null,
      after,
      first: PAGE_SIZE,
    });
    if (!page) return;
    this.applied.set(filters);
    this.cursor.set(after);
    if (focus) setTimeout(() => this.heading()?.nativeElement.focus());
  }
}
