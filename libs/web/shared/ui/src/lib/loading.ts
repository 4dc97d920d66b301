import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A polite, announced loading line (no spinner to miss). `reserve` keeps that much height while loading (a CSS
 * length), for pages whose content is tall: without it the footer jumps down when the content arrives (layout shift).
 */
@Component({
  selector: 'wm-loading',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="wm-loading" [style.min-height]="reserve()"><p class="govuk-body govuk-hint" role="status">{{ text() }}</p></div>`,
})
export class Loading {
  readonly text = input('Loading…');
  readonly reserve = input<string | null>(null);
}
