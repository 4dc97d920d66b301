import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { type ArchiveKind, ArchiveStore, DIRECTORY_KINDS, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { type ArchiveTarget, archiveTarget } from './archive-target';

export type { ArchiveKind } from '@waymark/web/shared/data-access';

/** The confirmation step before archiving anything: what it is, what archiving does, then "Yes, archive". */
@Component({
  selector: 'wm-archive-page',
  imports: [RouterLink, ErrorSummary, Loading],
  providers: [ArchiveStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="back()">Back</a>
    <wm-error-summary [errors]="errors()" />
    @if (loadError(); as message) {
      <h1 class="govuk-heading-l">Archive</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (target(); as t) {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">Archive {{ t.noun }}</span>
          <h1 class="govuk-heading-l">Are you sure you want to archive “{{ t.name }}”?</h1>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> {{ t.consequence }}</strong>
          </div>
          <p class="govuk-body">Archived records are kept with their history, so reports for past periods still show them.</p>
          <div class="govuk-button-group">
            <button type="button" class="govuk-button govuk-button--warning" [disabled]="saving()" (click)="archive(t)">Yes, archive {{ t.noun }}</button>
            <a class="govuk-link" [routerLink]="back()">No, go back</a>
          </div>
        </div>
      </div>
    } @else {
      <wm-loading />
    }
  `,
})
export class ArchivePage implements OnInit {
  readonly kind = input.required<ArchiveKind>();
  readonly id = input.required<string>();
  /** For themes, objectives and actions: the strategy to go back to. */
  readonly strategyId = input<string | undefined>();

  private readonly store = inject(ArchiveStore);
  private readonly router = inject(Router);
  protected readonly target = signal<ArchiveTarget | null>(null);
  protected readonly loadError = this.store.source.error;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly saving = this.store.source.busy;
  protected readonly back = computed(() => {
    const kind = this.kind();
    if (DIRECTORY_KINDS.has(kind)) return ['/admin/directory'];
    return ['/admin/strategies', kind === 'strategy' ? this.id() : (this.strategyId() ?? '')];
  });

  ngOnInit(): void {
    void this.load();
  }

  private load(): Promise<unknown> {
    const kind = this.kind();
    return this.store.load(kind, kind === 'strategy' ? this.id() : this.strategyId(), (source) => {
      const target = archiveTarget(kind, this.id(), source);
      if (!target) throw new Error(`This ${kind} could not be found. It may have been archived already.`);
      this.target.set(target);
    });
  }

  protected async archive(t: ArchiveTarget): Promise<void> {
    if (this.saving()) return;
    this.errors.set([]);
    try {
      await this.store.archive(this.kind(), this.id(), t.version);
      const notice = `${t.noun[0].toUpperCase()}${t.noun.slice(1)} archived: ${t.name}`;
      const kind = this.kind();
      await this.router.navigate(kind === 'strategy' ? ['/admin'] : this.back(), { queryParams: { notice } });
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'CONFLICT') {
        this.errors.set([
          {
            message: `Someone else changed this ${t.noun} since you opened this page. Check what it says now, then archive it again if you still want to.`,
          },
        ]);
        this.target.set(null);
        await this.load();
      } else {
        this.errors.set([{ message: problem.message }]);
      }
    }
  }
}
