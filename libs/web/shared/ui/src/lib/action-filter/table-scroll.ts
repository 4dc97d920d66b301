import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  afterNextRender,
  inject,
  input,
  signal,
} from '@angular/core';

/**
 * A wide data table that scrolls sideways inside its own region instead of widening the page (WCAG 2.2 reflow,
 * 1.4.10): a labelled, focusable region (keyboard users scroll it with the arrow keys) with a visible
 * "scroll for more" cue and edge shadows while some of the table is out of view.
 */
@Component({
  selector: 'wm-table-scroll',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wm-table-scroll-host' },
  template: `
    @if (overflowing()) {
      <p class="govuk-body-s wm-table-scroll__cue" aria-hidden="true">Scroll sideways to see the whole table</p>
    }
    <div class="wm-table-scroll" role="region" [attr.aria-label]="label()" tabindex="0" [class.wm-table-scroll--overflowing]="overflowing()">
      <ng-content />
    </div>
  `,
})
export class TableScroll implements OnDestroy {
  /** Names the region for screen readers, e.g. "Actions of Theme 1". */
  readonly label = input.required<string>();
  protected readonly overflowing = signal(false);
  private readonly host = inject(ElementRef<HTMLElement>);
  private observer: ResizeObserver | null = null;

  constructor() {
    afterNextRender(() => {
      const region = (this.host.nativeElement as HTMLElement).querySelector('.wm-table-scroll') as HTMLElement;
      const measure = () => this.overflowing.set(region.scrollWidth > region.clientWidth + 1);
      measure();
      if (typeof ResizeObserver !== 'undefined') {
        this.observer = new ResizeObserver(measure);
        this.observer.observe(region);
        const table = region.firstElementChild;
        if (table) this.observer.observe(table);
      }
    });
  }

  ngOnDestroy(): void {
    this.observer?.disconnect();
  }
}
