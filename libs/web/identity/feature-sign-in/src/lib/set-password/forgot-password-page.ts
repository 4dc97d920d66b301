import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PasswordStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@waymark/web/shared/ui';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Asks for a reset link. The confirmation is the same whether or not the address has an account. */
@Component({
  selector: 'wm-forgot-password-page',
  imports: [RouterLink, ErrorSummary],
  providers: [PasswordStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (sentTo(); as address) {
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">Check your email</h1>
            <div class="govuk-panel__body">If {{ address }} has a Waymark account, we have sent it a link to reset the password</div>
          </div>
          <p class="govuk-body">The link works once and expires in 1 hour. If nothing arrives within a few minutes, check your spam folder or ask your administrator.</p>
          <p class="govuk-body"><a class="govuk-link" routerLink="/sign-in">Back to sign in</a></p>
        } @else {
          <a class="govuk-back-link" routerLink="/sign-in">Sign in</a>
          <wm-error-summary [errors]="errors()" />
          <h1 class="govuk-heading-l">Reset your password</h1>
          <p class="govuk-body">Enter the email address you sign in with. We will send you a link to choose a new password.</p>
          <form novalidate (submit)="submit($event)">
            <div class="govuk-form-group" [class.govuk-form-group--error]="errors().length">
              <label class="govuk-label" for="reset-email">Email address</label>
              @if (errors()[0]; as e) {
                <p id="reset-email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ e.message }}</p>
              }
              <input class="govuk-input" [class.govuk-input--error]="errors().length" id="reset-email" type="email" spellcheck="false" autocomplete="username"
                [attr.aria-describedby]="errors().length ? 'reset-email-error' : null" (input)="email.set($any($event.target).value)" />
            </div>
            <button type="submit" class="govuk-button" [disabled]="busy()">Send reset link</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class ForgotPasswordPage {
  private readonly passwords = inject(PasswordStore);
  protected readonly email = signal('');
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly busy = this.passwords.busy;

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const email = this.email().trim();
    if (!email) return this.errors.set([{ fieldId: 'reset-email', message: 'Enter your email address' }]);
    if (!EMAIL.test(email))
      return this.errors.set([
        { fieldId: 'reset-email', message: 'Enter an email address in the correct format, like name@example.org' },
      ]);
    this.errors.set([]);
    try {
      await this.passwords.requestReset(email);
      this.sentTo.set(email);
    } catch (error) {
      const problem = describeError(error);
      this.errors.set([{ fieldId: 'reset-email', message: problem.fields[0]?.message ?? problem.message }]);
    }
  }
}
