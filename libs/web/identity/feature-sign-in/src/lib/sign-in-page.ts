import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { SignInStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, NotificationBanner } from '@waymark/web/shared/ui';
import { safeReturnUrl } from './safe-return-url';

@Component({
  selector: 'wm-sign-in-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, NotificationBanner],
  providers: [SignInStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
})
export class SignInPage implements OnInit {
  private readonly store = inject(SignInStore);
  private readonly router = inject(Router);
  protected readonly needsFirstAdministrator = this.store.needsFirstAdministrator;
  protected readonly singleSignOn = this.store.singleSignOn;

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();

  /* eslint-disable @typescript-eslint/unbound-method -- Angular's Validators are static functions that never read `this` */
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  /* eslint-enable @typescript-eslint/unbound-method */
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = this.store.busy;
  protected readonly fieldError = computed(() => {
    const byField = new Map<string, string>();
    for (const error of this.errors()) if (error.fieldId) byField.set(error.fieldId, error.message);
    return byField;
  });

  ngOnInit(): void {
    void this.store.loadOptions();
  }

  protected async submit(): Promise<void> {
    const problems: ErrorSummaryItem[] = [];
    const { email, password } = this.form.getRawValue();
    if (!email.trim()) problems.push({ fieldId: 'email', message: 'Enter your email address' });
    else if (this.form.controls.email.invalid)
      problems.push({
        fieldId: 'email',
        message: 'Enter an email address in the correct format, like name@example.org',
      });
    if (!password) problems.push({ fieldId: 'password', message: 'Enter your password' });
    this.errors.set(problems);
    if (problems.length > 0) return;

    try {
      const user = await this.store.signIn(email.trim(), password);
      if (user) await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      else await this.router.navigate(['/choose-partnership'], { queryParams: { returnUrl: this.returnUrl() } });
    } catch (error) {
      const problem = describeError(error);
      const message =
        problem.code === 'UNAUTHENTICATED' &&
        problem.message.startsWith('Your partnership signs in with single sign-on')
          ? 'Your partnership signs in with single sign-on. Use the single sign-on button below the form.'
          : problem.code === 'TOO_MANY_REQUESTS'
            ? 'Too many attempts to sign in. Wait a few minutes and try again.'
            : problem.code === 'UNAUTHENTICATED' || problem.code === 'BAD_USER_INPUT'
              ? 'Enter a correct email address and password'
              : problem.message;
      this.errors.set([{ fieldId: 'email', message }]);
      this.form.controls.password.setValue('');
    }
  }
}
