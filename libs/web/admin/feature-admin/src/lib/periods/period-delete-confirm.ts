import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { PeriodsStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import type { EditablePeriod } from './period-edit-form';

/**
 * Asks before deleting a period; the API refuses (and says why) when updates, commentary or a report refer to it.
 * Used inside the periods page, whose `PeriodsStore` it shares.
 */
@Component({
  selector: 'wm-period-delete-confirm',
  imports: [ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="govuk-heading-m" id="delete-period">Delete {{ period().name }}?</h2>
    <wm-error-summary [errors]="errors()" title="This period cannot be deleted" />
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        Only a period nothing refers to yet (no updates, commentary, indicator values or board report) can be deleted. This cannot be undone.
      </strong>
    </div>
    <div class="govuk-button-group">
      <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" [disabled]="busy()" (click)="confirm()">Yes, delete {{ period().name }}</button>
      <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="cancelled.emit()">Cancel</button>
    </div>
  `,
})
export class PeriodDeleteConfirm {
  private readonly store = inject(PeriodsStore);
  readonly period = input.required<EditablePeriod>();
  /** Emits the deleted period's name. */
  readonly deleted = output<string>();
  readonly cancelled = output<void>();
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = this.store.strategies.busy;

  constructor() {
    effect(() => {
      this.period();
      this.errors.set([]);
    });
  }

  protected async confirm(): Promise<void> {
    this.errors.set([]);
    try {
      const p = this.period();
      await this.store.delete(p);
      this.deleted.emit(p.name);
    } catch (error) {
      const problem = describeError(error);
      this.errors.set(
        problem.code === 'CONFLICT'
          ? [{ message: 'Someone else changed this period since you opened the page. Reload the page and try again.' }]
          : problem.fields.length
            ? problem.fields.map((f) => ({ message: f.message }))
            : [{ message: problem.message }],
      );
    }
  }
}
