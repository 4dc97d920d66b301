import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { REVIEW_STATE_WORD, type ReviewStateValue } from './labels';

const TAG_CLASS: Record<ReviewStateValue | 'NotStarted', string> = {
  NotStarted: 'govuk-tag--grey',
  Draft: 'govuk-tag--blue',
  Submitted: 'govuk-tag--turquoise',
  Accepted: 'govuk-tag--green',
  Returned: 'govuk-tag--orange',
};

/** Where an update is in its review: not started, draft, submitted, returned, accepted. */
@Component({
  selector: 'wm-review-state-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<strong [class]="'govuk-tag ' + tagClass()">{{ word() }}</strong>`,
})
export class ReviewStateTag {
  /** null means no update has been started for the period. */
  readonly state = input<ReviewStateValue | null | undefined>(null);
  protected readonly word = computed(() => {
    const state = this.state();
    return state ? REVIEW_STATE_WORD[state] : 'Not started';
  });
  protected readonly tagClass = computed(() => TAG_CLASS[this.state() ?? 'NotStarted']);
}
