import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PasswordStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { NewPasswordFields } from './new-password-fields';
import { apiPasswordProblems, newPasswordProblems } from './new-password';

/** The signed-in person changes their password (current one required); their other sessions end. */
@Component({
  selector: 'wm-change-password-page',
  imports: [RouterLink, ErrorSummary, NewPasswordFields],
  providers: [PasswordStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (changed()) {
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">Password changed</h1>
            <div class="govuk-panel__body">You have been signed out everywhere else</div>
          </div>
          <p class="govuk-body">We have sent you an email to confirm the change.</p>
          <p class="govuk-body"><a class="govuk-link" routerLink="/">Go to your home page</a></p>
        } @else {
          <wm-error-summary [errors]="errors()" />
          <h1 class="govuk-heading-l">Change your password</h1>
          <form novalidate (submit)="submit($event)">
            <div class="govuk-form-group" [class.govuk-form-group--error]="currentError()">
              <label class="govuk-label" for="current-password">Current password</label>
              @if (currentError(); as message) {
                <p id="current-password-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
              }
              <input class="govuk-input govuk-input--width-20" [class.govuk-input--error]="currentError()" id="current-password" type="password" autocomplete="current-password"
                [attr.aria-describedby]="currentError() ? 'current-password-error' : null" (input)="current.set($any($event.target).value)" />
            </div>
            <wm-new-password-fields [errors]="errors()" (password)="password.set($event)" (confirm)="confirm.set($event)" />
            <button type="submit" class="govuk-button" [disabled]="busy()">Change password</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class ChangePasswordPage {
  private readonly passwords = inject(PasswordStore);
  protected readonly current = signal('');
  protected readonly password = signal('');
  protected readonly confirm = signal('');
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = this.passwords.busy;
  protected readonly changed = signal(false);
  protected readonly currentError = computed(
    () => this.errors().find((e) => e.fieldId === 'current-password')?.message,
  );

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const problems = [
      ...(this.current() ? [] : [{ fieldId: 'current-password', message: 'Enter your current password' }]),
      ...newPasswordProblems(this.password(), this.confirm()),
    ];
    this.errors.set(problems);
    if (problems.length) return;
    try {
      await this.passwords.change(this.current(), this.password());
      this.changed.set(true);
    } catch (error) {
      const problem = describeError(error);
      const current = problem.fields
        .filter((f) => f.field === 'input.currentPassword')
        .map(() => ({ fieldId: 'current-password', message: 'Your current password is not right' }));
      const fromApi = [...current, ...apiPasswordProblems(problem.fields)];
      this.errors.set(fromApi.length ? fromApi : [{ message: problem.message }]);
    }
  }
}
