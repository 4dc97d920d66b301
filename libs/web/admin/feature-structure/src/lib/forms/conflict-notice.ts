import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { TheirValue } from './edit-form';

/** After a CONFLICT: what the other person saved, beside what this user typed (which stays in the form). */
@Component({
  selector: 'wm-conflict-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (values(); as list) {
      @if (list.length > 0) {
        <div class="govuk-inset-text">
          <h2 class="govuk-heading-s">What the other person saved</h2>
          <dl class="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-0">
            @for (v of list; track v.label) {
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{{ v.label }}</dt>
                <dd class="govuk-summary-list__value">
                  {{ v.theirs }}
                  <span class="govuk-hint govuk-!-margin-bottom-0">You typed: {{ v.yours }}</span>
                </dd>
              </div>
            }
          </dl>
        </div>
      }
    }
  `,
})
export class ConflictNotice {
  readonly values = input<readonly TheirValue[] | null>(null);
}
