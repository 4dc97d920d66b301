import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PasswordStore, SessionStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { NewPasswordFields } from './new-password-fields';
import { apiPasswordProblems, newPasswordProblems, tokenFromFragment } from './new-password';

/** Where an invitation, a password reset or the first administrator's link lands: choose a password, then signed in. */
@Component({
  selector: 'wm-set-password-page',
  imports: [RouterLink, ErrorSummary, Loading, NewPasswordFields],
  providers: [PasswordStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (state() === 'checking') {
          <wm-loading />
        } @else if (state() === 'invalid') {
          <h1 class="govuk-heading-l">This link does not work</h1>
          <p class="govuk-body">The link has expired, has already been used, or is not complete. Nothing has been changed.</p>
          <p class="govuk-body">Links to set a password work once. Invitations work for 7 days and password reset links for 1 hour.</p>
          <p class="govuk-body"><a class="govuk-link" routerLink="/forgot-password">Ask for a new link to set your password</a></p>
          <p class="govuk-body">If you were invited and have never signed in, ask your administrator to send the invitation again.</p>
        } @else if (link(); as l) {
          <wm-error-summary [errors]="errors()" />
          <h1 class="govuk-heading-l">{{ l.purpose === 'PasswordReset' ? 'Reset your password' : 'Set your password' }}</h1>
          <p class="govuk-body">{{ l.purpose === 'PasswordReset' ? 'Choose a new password for' : 'Welcome, ' + l.fullName + '. Choose a password for' }} <strong>{{ l.email }}</strong>.</p>
          <form novalidate (submit)="submit($event)">
            <input type="email" name="username" autocomplete="username" [value]="l.email" hidden />
            <wm-new-password-fields label="Password" [errors]="errors()" (password)="password.set($event)" (confirm)="confirm.set($event)" />
            <button type="submit" class="govuk-button" [disabled]="busy()">{{ l.purpose === 'PasswordReset' ? 'Reset password and sign in' : 'Set password and sign in' }}</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class SetPasswordPage implements OnInit {
  private readonly passwords = inject(PasswordStore);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly token = tokenFromFragment(inject(ActivatedRoute).snapshot.fragment);
  protected readonly link = this.passwords.link.value;
  protected readonly state = computed(() =>
    this.passwords.link.loaded() ? (this.link() ? 'ready' : 'invalid') : 'checking',
  );
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly password = signal('');
  protected readonly confirm = signal('');
  protected readonly busy = this.passwords.busy;

  ngOnInit(): void {
    void this.passwords.checkLink(this.token);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const problems = newPasswordProblems(this.password(), this.confirm());
    this.errors.set(problems);
    if (problems.length > 0 || !this.token) return;
    try {
      const user = await this.passwords.setWithToken(this.token, this.password());
      await this.session.signedInAs(user);
      await this.router.navigateByUrl('/');
    } catch (error) {
      const problem = describeError(error);
      if (problem.fields.some((f) => f.field === 'input.token')) this.passwords.link.set(null);
      else {
        const fromApi = apiPasswordProblems(problem.fields);
        this.errors.set(fromApi.length ? fromApi : [{ fieldId: 'password', message: problem.message }]);
      }
    }
  }
}
