import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@waymark/web/shared/data-access';

/** The signed-in person's own account: who they are, their password and their notification settings. */
@Component({
  selector: 'wm-account-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="govuk-heading-l">Your account</h1>
    @if (user(); as person) {
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Name</dt>
          <dd class="govuk-summary-list__value">{{ person.fullName }}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Email address</dt>
          <dd class="govuk-summary-list__value">{{ person.email }}</dd>
        </div>
      </dl>
    }
    <ul class="govuk-list govuk-list--spaced">
      <li>
        <a class="govuk-link govuk-!-font-weight-bold" routerLink="/account/notifications">Notification settings</a> –
        which notifications are e-mailed to you, at once or in a daily summary
      </li>
      <li><a class="govuk-link govuk-!-font-weight-bold" routerLink="/account/password">Change your password</a></li>
    </ul>
  `,
})
export class AccountPage {
  protected readonly user = inject(SessionStore).user;
}
