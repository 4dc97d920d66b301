import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { ErrorSummaryItem } from '@waymark/web/shared/ui';
import { PASSWORD_MIN_LENGTH } from './new-password';

/** "New password" and "Confirm new password" with GOV.UK hints and field errors; used by set-password and change-password. */
@Component({
  selector: 'wm-new-password-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="error('password')">
      <label class="govuk-label" for="password">{{ label() }}</label>
      <div class="govuk-hint" id="password-hint">At least {{ min }} characters. A few unrelated words make a strong password that is easy to remember.</div>
      @if (error('password'); as message) {
        <p id="password-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
      }
      <input class="govuk-input govuk-input--width-20" [class.govuk-input--error]="error('password')" id="password" name="password" type="password"
        autocomplete="new-password" [attr.aria-describedby]="error('password') ? 'password-hint password-error' : 'password-hint'"
        (input)="password.emit($any($event.target).value)" />
    </div>
    <div class="govuk-form-group" [class.govuk-form-group--error]="error('confirm-password')">
      <label class="govuk-label" for="confirm-password">Confirm {{ label().toLowerCase() }}</label>
      @if (error('confirm-password'); as message) {
        <p id="confirm-password-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
      }
      <input class="govuk-input govuk-input--width-20" [class.govuk-input--error]="error('confirm-password')" id="confirm-password" name="confirm-password" type="password"
        autocomplete="new-password" [attr.aria-describedby]="error('confirm-password') ? 'confirm-password-error' : null"
        (input)="confirm.emit($any($event.target).value)" />
    </div>
  `,
})
export class NewPasswordFields {
  readonly label = input('New password');
  readonly errors = input<ErrorSummaryItem[]>([]);
  readonly password = output<string>();
  readonly confirm = output<string>();
  protected readonly min = PASSWORD_MIN_LENGTH;
  private readonly byField = computed(
    () =>
      new Map(
        this.errors()
          .filter((e) => e.fieldId)
          .map((e) => [e.fieldId, e.message]),
      ),
  );
  protected error(fieldId: string): string | undefined {
    return this.byField().get(fieldId);
  }
}
