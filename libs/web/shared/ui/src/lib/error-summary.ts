import { AfterViewInit, ChangeDetectionStrategy, Component, ElementRef, effect, input, viewChild } from '@angular/core';

export interface ErrorSummaryItem {
  /** The id of the field to jump to, without '#'; omit for errors not tied to a field. */
  readonly fieldId?: string;
  readonly message: string;
}

/** GOV.UK error summary: focused when it appears, each error links to its field. */
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
export class ErrorSummary implements AfterViewInit {
  readonly errors = input<readonly ErrorSummaryItem[]>([]);
  readonly title = input('There is a problem');
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');
  private viewReady = false;

  constructor() {
    effect(() => {
      const element = this.summary();
      if (this.errors().length > 0 && element && this.viewReady) element.nativeElement.focus();
    });
  }

  ngAfterViewInit(): void {
    this.viewReady = true;
    this.summary()?.nativeElement.focus();
  }

  protected focusField(event: Event, id: string): void {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  }
}
