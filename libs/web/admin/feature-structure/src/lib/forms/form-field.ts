import { ChangeDetectionStrategy, Component, type Signal, computed, input, output } from '@angular/core';
import type { FormValue, FormValues } from './edit-form';

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/** What a field bound to a form (`[form]` and `field`) reads and writes: an `EditForm`. */
export interface BoundForm {
  readonly values: Signal<FormValues>;
  id(field: string): string;
  errorFor(field: string): string | null;
  set(field: string, value: FormValue): void;
}

/**
 * One GOV.UK form group: label, optional hint, error message and the control, wired together with
 * `for`/`id` and `aria-describedby`. Text, email, date, textarea, select, or a single checkbox.
 * Bound to a form (`[form]="form" field="name"`) it takes its id, value and error from the form and writes changes
 * back; unbound, the page passes `fieldId`, `value`/`checked` and `error` and listens to the change outputs.
 */
@Component({
  selector: 'wm-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="message()">
      @if (kind() === 'checkbox') {
        @if (message()) {
          <p class="govuk-error-message" [id]="id() + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ message() }}</p>
        }
        <div class="govuk-checkboxes govuk-checkboxes--small">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" type="checkbox" [id]="id()" [name]="id()" [checked]="isChecked()"
              [attr.aria-describedby]="describedBy()" (change)="changeChecked($any($event.target).checked)" />
            <label class="govuk-label govuk-checkboxes__label" [for]="id()">{{ label() }}</label>
            @if (hint()) {
              <div class="govuk-hint govuk-checkboxes__hint" [id]="id() + '-hint'">{{ hint() }}</div>
            }
          </div>
        </div>
      } @else {
        <label class="govuk-label govuk-label--s" [for]="id()">{{ label() }}</label>
        @if (hint()) {
          <div class="govuk-hint" [id]="id() + '-hint'">{{ hint() }}</div>
        }
        @if (message()) {
          <p class="govuk-error-message" [id]="id() + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ message() }}</p>
        }
        @switch (kind()) {
          @case ('textarea') {
            <textarea class="govuk-textarea" [class.govuk-textarea--error]="message()" [id]="id()" [name]="id()" [rows]="rows()"
              [attr.aria-describedby]="describedBy()" [attr.required]="required() || null" [value]="current()" (input)="changeValue($any($event.target).value)"></textarea>
          }
          @case ('select') {
            <select class="govuk-select" [class.govuk-select--error]="message()" [id]="id()" [name]="id()"
              [attr.aria-describedby]="describedBy()" [attr.required]="required() || null" (change)="changeValue($any($event.target).value)">
              @for (o of options(); track o.value) {
                <option [value]="o.value" [selected]="o.value === current()">{{ o.label }}</option>
              }
            </select>
          }
          @default {
            <input [class]="'govuk-input' + (width() ? ' govuk-input--width-' + width() : '') + (message() ? ' govuk-input--error' : '')"
              [type]="kind()" [id]="id()" [name]="id()" [attr.autocomplete]="autocomplete()" [attr.spellcheck]="kind() === 'email' ? false : null"
              [attr.aria-describedby]="describedBy()" [attr.required]="required() || null" [attr.maxlength]="maxLength()"
              [value]="current()" (input)="changeValue($any($event.target).value)" />
          }
        }
      }
    </div>
  `,
})
export class FormField {
  readonly form = input<BoundForm | null>(null);
  /** The form's field this one shows, with `[form]`. */
  readonly field = input('');
  readonly fieldId = input('');
  readonly label = input.required<string>();
  readonly kind = input<'text' | 'email' | 'date' | 'textarea' | 'select' | 'checkbox'>('text');
  readonly hint = input<string>('');
  readonly error = input<string | null>(null);
  readonly value = input<string>('');
  readonly checked = input<boolean>(false);
  readonly options = input<readonly FieldOption[]>([]);
  /** GOV.UK fixed width: 2, 3, 4, 5, 10, 20 or 30 characters; empty for full width. */
  readonly width = input<string>('');
  readonly rows = input(3);
  readonly required = input(false);
  readonly maxLength = input<number | null>(null);
  readonly autocomplete = input<string | null>('off');
  readonly valueChange = output<string>();
  readonly checkedChange = output<boolean>();

  protected readonly id = computed(() => this.fieldId() || (this.form()?.id(this.field()) ?? ''));
  protected readonly message = computed(() => this.error() ?? this.form()?.errorFor(this.field()) ?? null);
  private readonly bound = computed(() => this.form()?.values()[this.field()]);
  protected readonly current = computed(() => {
    const value = this.bound();
    return typeof value === 'string' ? value : this.value();
  });
  protected readonly isChecked = computed(() => {
    const value = this.bound();
    return typeof value === 'boolean' ? value : this.checked();
  });
  protected readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.id() + '-hint' : '', this.message() ? this.id() + '-error' : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });

  protected changeValue(value: string): void {
    this.form()?.set(this.field(), value);
    this.valueChange.emit(value);
  }

  protected changeChecked(checked: boolean): void {
    this.form()?.set(this.field(), checked);
    this.checkedChange.emit(checked);
  }
}
