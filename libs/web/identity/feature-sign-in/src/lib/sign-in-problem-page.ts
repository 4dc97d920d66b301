import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** What the person reads for each reason the API gives (`/sign-in/problem?reason=…`); never the provider's own text. */
const EXPLANATIONS: Record<string, { title: string; body: string }> = {
  'unknown-person': {
    title: 'Waymark does not know your account',
    body: 'You signed in with your organisation, but nobody with your email address has been added to Waymark. Ask an administrator of your partnership to add or invite you.',
  },
  deactivated: {
    title: 'Your Waymark account has been deactivated',
    body: 'Ask an administrator of your partnership if you need to use Waymark again.',
  },
  'unverified-email': {
    title: 'Your email address could not be confirmed',
    body: 'Your organisation did not confirm your email address to Waymark, so we cannot tell who you are. Ask your IT team or an administrator of your partnership.',
  },
  'other-account': {
    title: 'Your Waymark account is linked to a different sign-in',
    body: 'Your email address belongs to a Waymark account that signs in with another organisation account. Ask an administrator of your partnership.',
  },
  expired: {
    title: 'Your sign-in took too long',
    body: 'The link between Waymark and your organisation expired or was already used. Start again.',
  },
  'not-configured': {
    title: 'Single sign-on is not set up',
    body: 'Sign in with your email address and password, or ask an administrator of your partnership.',
  },
  unavailable: {
    title: 'Sorry, single sign-on is not working right now',
    body: 'We could not reach your organisation’s sign-in service. Try again in a few minutes.',
  },
};
const REFUSED = {
  title: 'You could not be signed in',
  body: 'Your organisation’s sign-in did not complete. Start again; if it keeps happening, ask your IT team.',
};

@Component({
  selector: 'wm-sign-in-problem-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{{ explanation().title }}</h1>
        <p class="govuk-body" data-testid="sign-in-problem">{{ explanation().body }}</p>
        <p class="govuk-body"><a class="govuk-link" routerLink="/sign-in">Go back to sign in</a></p>
      </div>
    </div>
  `,
})
export class SignInProblemPage {
  /** Query parameter, bound by the router. */
  readonly reason = input<string>();
  protected readonly explanation = computed(() => EXPLANATIONS[this.reason() ?? ''] ?? REFUSED);
}
