import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';

let nextId = 0;

/**
 * A GOV.UK success notification banner that takes focus when it appears, so the confirmation of what the reviewer
 * just did is read out and shown where they are (GOV.UK: move focus to the banner, tabindex -1).
 */
@Component({
  selector: 'wm-focused-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      #banner
      class="govuk-notification-banner"
      [class.govuk-notification-banner--success]="type() === 'success'"
      [attr.role]="type() === 'success' ? 'alert' : 'region'"
      [attr.aria-labelledby]="titleId"
      tabindex="-1"
      data-testid="decision-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" [id]="titleId">{{ type() === 'success' ? 'Success' : 'Important' }}</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <ng-content />
      </div>
    </div>
  `,
})
export class FocusedBanner {
  readonly type = input<'success' | 'important'>('success');
  protected readonly titleId = `wm-focused-banner-${++nextId}`;
  private readonly banner = viewChild.required<ElementRef<HTMLElement>>('banner');

  constructor() {
    afterNextRender(() => this.banner().nativeElement.focus());
  }
}
