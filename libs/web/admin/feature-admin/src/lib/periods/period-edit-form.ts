import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { PeriodsStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { periodDateProblems, type PeriodDates } from './period-dates';

export interface EditablePeriod extends PeriodDates {
  readonly id: string;
  readonly name: string;
  readonly version: number;
}

const FIELD_ID: Record<keyof PeriodDates, string> = {
  startsOn: 'edit-period-starts-on',
  endsOn: 'edit-period-ends-on',
  updateDeadline: 'edit-period-deadline',
};

/**
 * Changes a period's dates and update deadline, with the API's overlap and strategy-years checks as field errors.
 * Used inside the periods page, whose `PeriodsStore` it shares.
 */
@Component({
  selector: 'wm-period-edit-form',
  imports: [ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="govuk-heading-m" id="edit-period">Change {{ period().name }}</h2>
    <wm-error-summary [errors]="summary()" />
    <form novalidate (submit)="save($event)" class="govuk-!-width-two-thirds">
      @for (f of fields; track f.key) {
        <div class="govuk-form-group" [class.govuk-form-group--error]="errorFor(f.key)">
          <label class="govuk-label" [for]="fieldId[f.key]">{{ f.label }}</label>
          @if (errorFor(f.key); as message) {
            <p class="govuk-error-message" [id]="fieldId[f.key] + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
          }
          <input class="govuk-input govuk-input--width-10" [class.govuk-input--error]="errorFor(f.key)" [id]="fieldId[f.key]" type="date"
            [attr.aria-describedby]="errorFor(f.key) ? fieldId[f.key] + '-error' : null" [value]="form()[f.key]" (input)="set(f.key, $any($event.target).value)" />
        </div>
      }
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="saving()">Save changes</button>
        <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class PeriodEditForm {
  private readonly store = inject(PeriodsStore);
  readonly period = input.required<EditablePeriod>();
  /** Emits the period's name once saved. */
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly fieldId = FIELD_ID;
  protected readonly fields = [
    { key: 'startsOn', label: 'Start date' },
    { key: 'endsOn', label: 'End date' },
    { key: 'updateDeadline', label: 'Update deadline' },
  ] as const;
  protected readonly form = signal<PeriodDates>({ startsOn: '', endsOn: '', updateDeadline: '' });
  protected readonly problems = signal<Array<{ key: keyof PeriodDates | null; message: string }>>([]);
  protected readonly summary = computed<ErrorSummaryItem[]>(() =>
    this.problems().map((p) => (p.key ? { fieldId: FIELD_ID[p.key], message: p.message } : { message: p.message })),
  );
  protected readonly saving = this.store.strategies.busy;

  constructor() {
    // Another period chosen while the form is open starts the form again from that period's dates.
    effect(() => {
      const p = this.period();
      untracked(() => {
        this.form.set({ startsOn: p.startsOn, endsOn: p.endsOn, updateDeadline: p.updateDeadline });
        this.problems.set([]);
      });
    });
  }

  protected errorFor(key: keyof PeriodDates): string | null {
    return this.problems().find((p) => p.key === key)?.message ?? null;
  }

  protected set(key: keyof PeriodDates, value: string): void {
    this.form.update((f) => ({ ...f, [key]: value }));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const dates = this.form();
    const problems = periodDateProblems(dates);
    this.problems.set(problems);
    if (problems.length) return;
    try {
      const p = this.period();
      await this.store.changeDates(p, dates);
      this.saved.emit(p.name);
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'CONFLICT')
        this.problems.set([
          { key: null, message: 'Someone else changed this period since you opened it. Cancel and try again.' },
        ]);
      else if (problem.fields.length) {
        this.problems.set(
          problem.fields.map((f) => {
            const key = f.field.replace(/^input\./, '');
            return { key: key in FIELD_ID ? (key as keyof PeriodDates) : null, message: f.message };
          }),
        );
      } else this.problems.set([{ key: null, message: problem.message }]);
    }
  }
}
