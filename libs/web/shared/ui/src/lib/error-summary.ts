import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';

export interface ErrorSummaryItem {
  /** The id of the field to jump to, without '#'; omit for errors not tied to a field. */
  readonly fieldId?: string;
  readonly message: string;
}

const ERROR_PREFIX = 'Error: ';

/** GOV.UK error summary: focused when it appears, each error links to its field; the page title starts "Error: " while it shows. */
@Component({
  selector: 'wm-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <div class="govuk-error-summary" data-module="govuk-error-summary" #summary tabindex="-1">
        <div role="alert">
          <h2 class="govuk-error-summary__title">{{ title() }}</h2>
          <div class="govuk-error-summary__body">
            <ul class="govuk-list govuk-error-summary__list">
              @for (error of errors(); track $index) {
                <li>
                  @if (error.fieldId) {
                    <a [href]="'#' + error.fieldId" (click)="focusField($event, error.fieldId)">{{ error.message }}</a>
                  } @else {
                    {{ error.message }}
                  }
                </li>
              }
            </ul>
          </div>
        </div>
      </div>
    }
  `,
})
export class ErrorSummary implements AfterViewInit, OnDestroy {
  readonly errors = input<readonly ErrorSummaryItem[]>([]);
  readonly title = input('There is a problem');
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');
  private viewReady = false;
  private readonly documentTitle = inject(Title);

  constructor() {
    // GOV.UK: a page showing errors says so first in its title, which screen readers announce on arrival.
    effect(() => this.markTitle(this.errors().length > 0));
    effect(() => {
      const element = this.summary();
      if (this.errors().length > 0 && element && this.viewReady) element.nativeElement.focus();
    });
  }

  ngAfterViewInit(): void {
    this.viewReady = true;
    this.summary()?.nativeElement.focus();
  }

  ngOnDestroy(): void {
    this.markTitle(false);
  }

  private markTitle(hasErrors: boolean): void {
    const title = this.documentTitle.getTitle();
    if (hasErrors && !title.startsWith(ERROR_PREFIX)) this.documentTitle.setTitle(ERROR_PREFIX + title);
    if (!hasErrors && title.startsWith(ERROR_PREFIX)) this.documentTitle.setTitle(title.slice(ERROR_PREFIX.length));
  }

  protected focusField(event: Event, id: string): void {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  }
}
