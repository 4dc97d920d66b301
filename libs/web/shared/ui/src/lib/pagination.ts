import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  model,
} from '@angular/core';
import { DEFAULT_PAGE_SIZE, pageWindow } from './paging';

/**
 * GOV.UK pagination for a list paged in the browser: "Showing 1 to 50 of 600 actions", then Previous,
 * page numbers (current one marked `aria-current="page"`) and Next. Nothing is shown while everything
 * fits on one page. `page` is two-way (`[(page)]`, or `(pageChange)`); after a change, focus moves to
 * `focusTarget` (e.g. the list's heading, with tabindex="-1") so keyboard and screen-reader users start
 * reading the new rows from the top.
 */
@Component({
  selector: 'wm-pagination',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (window().pageCount > 1) {
      <p class="govuk-body govuk-!-margin-bottom-2" role="status">
        Showing {{ window().from }} to {{ window().to }} of {{ window().total }} {{ noun() }}
      </p>
      <nav class="govuk-pagination" [attr.aria-label]="label()">
        @if (window().page > 1) {
          <div class="govuk-pagination__prev">
            <a class="govuk-link govuk-pagination__link" href="" rel="prev" (click)="go(window().page - 1, $event)">
              <svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
              </svg>
              <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span>
            </a>
          </div>
        }
        <ul class="govuk-pagination__list">
          @for (link of window().links; track link.kind === 'page' ? link.number : link.key) {
            @if (link.kind === 'page') {
              <li class="govuk-pagination__item" [class.govuk-pagination__item--current]="link.number === window().page">
                <a
                  class="govuk-link govuk-pagination__link"
                  href=""
                  [attr.aria-label]="'Page ' + link.number"
                  [attr.aria-current]="link.number === window().page ? 'page' : null"
                  (click)="go(link.number, $event)"
                  >{{ link.number }}</a
                >
              </li>
            } @else {
              <li class="govuk-pagination__item govuk-pagination__item--ellipsis">&ctdot;</li>
            }
          }
        </ul>
        @if (window().page < window().pageCount) {
          <div class="govuk-pagination__next">
            <a class="govuk-link govuk-pagination__link" href="" rel="next" (click)="go(window().page + 1, $event)">
              <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span>
              <svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
              </svg>
            </a>
          </div>
        }
      </nav>
    }
  `,
})
export class Pagination {
  /** How many rows the whole list has. */
  readonly total = input.required<number>();
  readonly pageSize = input(DEFAULT_PAGE_SIZE);
  /** 1-based; clamped for display when the list shrinks. */
  readonly page = model(1);
  /** What the rows are, plural: "Showing 1 to 50 of 600 actions". */
  readonly noun = input('items');
  /** The navigation landmark's name; make it unique when a page has more than one list. */
  readonly label = input('Pagination');
  readonly focusTarget = input<HTMLElement | null>(null);

  private readonly injector = inject(Injector);
  protected readonly window = computed(() => pageWindow(this.total(), this.pageSize(), this.page()));

  protected go(page: number, event: Event): void {
    event.preventDefault();
    if (page === this.window().page) return;
    this.page.set(page);
    const target = this.focusTarget();
    if (target) afterNextRender(() => target.focus(), { injector: this.injector });
  }
}
