import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/**
 * One GOV.UK form group: label, optional hint, error message and the control, wired together with
 * `for`/`id` and `aria-describedby`. Text, email, date, textarea, select, or a single checkbox.
 */
@Component({
  selector: 'wm-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error()">
      @if (kind() === 'checkbox') {
        @if (error()) {
          <p class="govuk-error-message" [id]="fieldId() + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ error() }}</p>
        }
        <div class="govuk-checkboxes govuk-checkboxes--small">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" type="checkbox" [id]="fieldId()" [name]="fieldId()" [checked]="checked()"
              [attr.aria-describedby]="describedBy()" (change)="checkedChange.emit($any($event.target).checked)" />
            <label class="govuk-label govuk-checkboxes__label" [for]="fieldId()">{{ label() }}</label>
            @if (hint()) {
              <div class="govuk-hint govuk-checkboxes__hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
            }
          </div>
        </div>
      } @else {
        <label class="govuk-label govuk-label--s" [for]="fieldId()">{{ label() }}</label>
        @if (hint()) {
          <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
        }
        @if (error()) {
          <p class="govuk-error-message" [id]="fieldId() + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ error() }}</p>
        }
        @switch (kind()) {
          @case ('textarea') {
            <textarea class="govuk-textarea" [class.govuk-textarea--error]="error()" [id]="fieldId()" [name]="fieldId()" [rows]="rows()"
              [attr.aria-describedby]="describedBy()" [attr.required]="required() || null" [value]="value()" (input)="valueChange.emit($any($event.target).value)"></textarea>
          }
          @case ('select') {
            <select class="govuk-select" [class.govuk-select--error]="error()" [id]="fieldId()" [name]="fieldId()"
              [attr.aria-describedby]="describedBy()" [attr.required]="required() || null" (change)="valueChange.emit($any($event.target).value)">
              @for (o of options(); track o.value) {
                <option [value]="o.value" [selected]="o.value === value()">{{ o.label }}</option>
              }
            </select>
          }
          @default {
            <input [class]="'govuk-input' + (width() ? ' govuk-input--width-' + width() : '') + (error() ? ' govuk-input--error' : '')"
              [type]="kind()" [id]="fieldId()" [name]="fieldId()" [attr.autocomplete]="autocomplete()" [attr.spellcheck]="kind() === 'email' ? false : null"
              [attr.aria-describedby]="describedBy()" [attr.required]="required() || null" [attr.maxlength]="maxLength()"
              [value]="value()" (input)="valueChange.emit($any($event.target).value)" />
          }
        }
      }
    </div>
  `,
})
export class FormField {
  readonly fieldId = input.required<string>();
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

  protected readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.fieldId() + '-hint' : '', this.error() ? this.fieldId() + '-error' : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });
}
