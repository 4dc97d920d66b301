import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ReviewStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@waymark/web/shared/ui';

const REASON_ID = 'reopen-reason';

/** Reopens a signed-off period into review, with a required reason (kept in the audit trail). */
@Component({
  selector: 'wm-reopen-period-form',
  imports: [FormsModule, ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Reopen {{ periodName() }}</span></summary>
      <div class="govuk-details__text">
        <wm-error-summary [errors]="errors()" />
        <p class="govuk-body">Reopening puts the period back into review so updates can change. The board report frozen at sign-off is kept; signing off again stores a new version.</p>
        <div class="govuk-form-group" [class.govuk-form-group--error]="errors().length > 0">
          <label class="govuk-label govuk-label--s" [for]="reasonId">Why are you reopening it?</label>
          @if (errors().length > 0) {
            <p class="govuk-error-message" [id]="reasonId + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ errors()[0].message }}</p>
          }
          <textarea
            class="govuk-textarea"
            [class.govuk-textarea--error]="errors().length > 0"
            [id]="reasonId"
            name="reason"
            rows="3"
            [attr.aria-describedby]="errors().length > 0 ? reasonId + '-error' : null"
            [(ngModel)]="reason"
          ></textarea>
        </div>
        <button type="button" class="govuk-button govuk-button--secondary" [disabled]="busy()" (click)="reopen()">Reopen period</button>
      </div>
    </details>
  `,
})
export class ReopenPeriodForm {
  /** The review dashboard's store. */
  private readonly store = inject(ReviewStore);
  readonly periodId = input.required<string>();
  readonly periodName = input.required<string>();
  readonly version = input.required<number>();
  /** Emits once the period is back in review. */
  readonly reopened = output<void>();

  protected readonly reasonId = REASON_ID;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = this.store.reopening.busy;
  protected reason = '';

  protected async reopen(): Promise<void> {
    if (!this.reason.trim()) {
      this.errors.set([{ fieldId: REASON_ID, message: 'Enter why the period is being reopened' }]);
      return;
    }
    this.errors.set([]);
    try {
      await this.store.reopen({ id: this.periodId(), version: this.version() }, this.reason.trim());
      this.reason = '';
      this.reopened.emit();
    } catch (error) {
      const problem = describeError(error);
      this.errors.set([
        {
          fieldId: REASON_ID,
          message:
            problem.code === 'CONFLICT'
              ? 'The period was changed by someone else. Reload the page and try again.'
              : problem.message,
        },
      ]);
    }
  }
}
