import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A polite, announced loading line (no spinner to miss). */
@Component({
  selector: 'wm-loading',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="govuk-body govuk-hint" role="status">{{ text() }}</p>`,
})
export class Loading {
  readonly text = input('Loading…');
}
