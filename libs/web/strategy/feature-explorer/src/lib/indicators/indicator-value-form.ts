import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  IndicatorStore,
  type IndicatorValueFieldsFragment,
  describeError,
  fieldName,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, formatWithUnit } from '@waymark/web/shared/ui';

export const INDICATOR_NOTE_MAX = 2000;

export interface ValueFormPeriod {
  readonly id: string;
  readonly name: string;
  readonly state: string;
}

export interface ValueFormIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly values: readonly IndicatorValueFieldsFragment[];
}

/** Browser-side checks of the form; field ids are the form's element ids (without the indicator prefix). */
export function validateIndicatorValue(form: {
  periodId: string;
  value: string;
  note: string;
}): { field: 'period' | 'value' | 'note'; message: string }[] {
  const problems: { field: 'period' | 'value' | 'note'; message: string }[] = [];
  if (!form.periodId) problems.push({ field: 'period', message: 'Select the reporting period' });
  const value = form.value.trim().replace(/,/g, '');
  if (value === '') problems.push({ field: 'value', message: 'Enter the value' });
  else if (!/^-?\d+(\.\d+)?$/.test(value))
    problems.push({ field: 'value', message: 'Value must be a number, like 42 or 12.5' });
  if (form.note.length > INDICATOR_NOTE_MAX)
    problems.push({ field: 'note', message: `Note must be ${INDICATOR_NOTE_MAX} characters or fewer` });
  return problems;
}

const API_FIELD: Record<string, 'period' | 'value' | 'note'> = { periodId: 'period', value: 'value', note: 'note' };
const FIELD_LABEL: Record<string, string> = {
  periodId: 'Reporting period',
  value: 'Value',
  note: 'Note',
  indicatorId: 'Indicator',
  version: 'Version',
};

/**
 * Records an indicator's value for a reporting period (administrators and the strategy's reviewers). When the period
 * already has a value, it is changed with the version last loaded; a stale version is a CONFLICT shown as a message.
 */
@Component({
  selector: 'wm-indicator-value-form',
  imports: [ReactiveFormsModule, ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="wm-indicator-value-form" [formGroup]="form" novalidate (ngSubmit)="save()">
      <wm-error-summary [errors]="errors()" />
      <div class="govuk-form-group" [class.govuk-form-group--error]="fieldError('period')">
        <label class="govuk-label govuk-label--s" [for]="id('period')">Reporting period</label>
        @if (fieldError('period'); as message) {
          <p class="govuk-error-message" [id]="id('period-error')"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
        }
        <select class="govuk-select" [id]="id('period')" formControlName="periodId" [attr.aria-describedby]="fieldError('period') ? id('period-error') : null">
          <option value="">Select a period</option>
          @for (p of writablePeriods(); track p.id) {
            <option [value]="p.id">{{ p.name }}{{ existingFor(p.id) ? ' (change ' + format(existingFor(p.id)!.value) + ')' : '' }}</option>
          }
        </select>
      </div>
      <div class="govuk-form-group" [class.govuk-form-group--error]="fieldError('value')">
        <label class="govuk-label govuk-label--s" [for]="id('value')">Value{{ indicator().unit ? ' (' + indicator().unit + ')' : '' }}</label>
        @if (fieldError('value'); as message) {
          <p class="govuk-error-message" [id]="id('value-error')"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
        }
        <input
          class="govuk-input govuk-input--width-10"
          [class.govuk-input--error]="fieldError('value')"
          [id]="id('value')"
          type="text"
          inputmode="decimal"
          spellcheck="false"
          autocomplete="off"
          formControlName="value"
          [attr.aria-describedby]="fieldError('value') ? id('value-error') : null"
        />
      </div>
      <div class="govuk-form-group" [class.govuk-form-group--error]="fieldError('note')">
        <label class="govuk-label govuk-label--s" [for]="id('note')">Note (optional)</label>
        <div class="govuk-hint" [id]="id('note-hint')">For example, how the figure was counted or why it changed.</div>
        @if (fieldError('note'); as message) {
          <p class="govuk-error-message" [id]="id('note-error')"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
        }
        <textarea
          class="govuk-textarea"
          [class.govuk-textarea--error]="fieldError('note')"
          [id]="id('note')"
          rows="2"
          formControlName="note"
          [attr.aria-describedby]="id('note-hint') + (fieldError('note') ? ' ' + id('note-error') : '')"
        ></textarea>
      </div>
      <button type="submit" class="govuk-button govuk-!-margin-bottom-0" [disabled]="busy()">
        Save value<span class="govuk-visually-hidden"> for {{ indicator().name }}</span>
      </button>
    </form>
  `,
})
export class IndicatorValueForm {
  /** The indicators page's store. */
  private readonly store = inject(IndicatorStore);
  readonly indicator = input.required<ValueFormIndicator>();
  readonly periods = input.required<readonly ValueFormPeriod[]>();
  /** Emits the saved value; the page reloads the indicators. */
  readonly recorded = output<IndicatorValueFieldsFragment>();

  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = this.store.recording.busy;
  protected readonly form = inject(NonNullableFormBuilder).group({ periodId: [''], value: [''], note: [''] });
  /** Values cannot be recorded for signed-off periods (the API refuses them). */
  protected readonly writablePeriods = computed(() => this.periods().filter((p) => p.state !== 'SignedOff'));
  private readonly fieldErrors = computed(
    () =>
      new Map(
        this.errors()
          .filter((e) => e.fieldId)
          .map((e) => [e.fieldId as string, e.message]),
      ),
  );

  constructor() {
    // Choosing a period that already has a value starts from that value and note.
    this.form.controls.periodId.valueChanges.subscribe((periodId) => {
      const existing = this.existingFor(periodId);
      if (existing)
        this.form.patchValue({ value: String(existing.value), note: existing.note ?? '' }, { emitEvent: false });
    });
  }

  protected id(suffix: string): string {
    return `indicator-${this.indicator().id}-${suffix}`;
  }

  protected fieldError(field: string): string | undefined {
    return this.fieldErrors().get(this.id(field));
  }

  protected existingFor(periodId: string): IndicatorValueFieldsFragment | undefined {
    return this.indicator().values.find((v) => v.periodId === periodId);
  }

  protected format(value: number): string {
    return formatWithUnit(value, this.indicator().unit);
  }

  protected async save(): Promise<void> {
    const raw = this.form.getRawValue();
    const problems = validateIndicatorValue(raw);
    this.errors.set(problems.map((p) => ({ fieldId: this.id(p.field), message: p.message })));
    if (problems.length > 0) return;
    const existing = this.existingFor(raw.periodId);
    try {
      const saved = await this.store.record({
        indicatorId: this.indicator().id,
        periodId: raw.periodId,
        value: Number(raw.value.trim().replace(/,/g, '')),
        note: raw.note.trim() || null,
        version: existing?.version ?? null,
      });
      this.form.reset({ periodId: '', value: '', note: '' });
      this.recorded.emit(saved);
    } catch (error) {
      this.errors.set(this.describe(error));
    }
  }

  private describe(error: unknown): ErrorSummaryItem[] {
    const problem = describeError(error);
    if (problem.code === 'CONFLICT') {
      const current = problem.current?.['value'];
      const now = typeof current === 'number' ? ` It is now ${this.format(current)}.` : '';
      return [
        {
          message: `Someone else recorded a value for this period since the page loaded.${now} Your value has not been saved: reload the page, check theirs, then save again if needed.`,
        },
      ];
    }
    if (problem.fields.length > 0) {
      return problem.fields.map((f) => {
        const name = fieldName(f);
        const field = API_FIELD[name];
        return { fieldId: field ? this.id(field) : undefined, message: `${FIELD_LABEL[name] ?? name} ${f.message}` };
      });
    }
    return [{ message: problem.message }];
  }
}
