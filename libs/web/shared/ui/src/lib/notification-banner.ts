import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** GOV.UK notification banner; `success` for completed actions, otherwise "Important". */
@Component({
  selector: 'wm-notification-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="govuk-notification-banner"
      [class.govuk-notification-banner--success]="type() === 'success'"
      [attr.role]="type() === 'success' ? 'alert' : 'region'"
      aria-labelledby="wm-banner-title"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="wm-banner-title">{{ type() === 'success' ? 'Success' : 'Important' }}</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading"><ng-content /></p>
      </div>
    </div>
  `,
})
export class NotificationBanner {
  readonly type = input<'success' | 'important'>('important');
}
