import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Stands in for a field the partnership's administrator has not completed yet, saying so plainly. */
@Component({
  selector: 'wm-not-completed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="wm-not-completed">{{ what() }}: not completed yet by the partnership's administrator</span>`,
})
export class NotCompleted {
  readonly what = input.required<string>();
}
