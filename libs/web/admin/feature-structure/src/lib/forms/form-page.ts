import { ChangeDetectionStrategy, Component, type Signal, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ErrorSummary, type ErrorSummaryItem, Loading } from '@waymark/web/shared/ui';
import { ConflictNotice } from './conflict-notice';
import type { EditForm, FormValues } from './edit-form';

/** Where to go after a save, and the success notice the page there shows. */
export interface AfterSave {
  readonly to: readonly unknown[];
  readonly notice: string;
}

/** What the shell reads of a store's load state (a `ServerState`). */
export interface LoadState {
  readonly loaded: Signal<boolean>;
  readonly error: Signal<string | null>;
}

/**
 * The frame every administration form page shares: back link, loading and load-failure states, error summary,
 * conflict notice, caption and heading, the form with its submit button (disabled while saving) and Cancel link,
 * and after a save the way back with a notice. The page projects its fields; `[formNotice]` content goes
 * between the error summary and the conflict notice, `[afterForm]` content after the form.
 */
@Component({
  selector: 'wm-form-page',
  imports: [RouterLink, ErrorSummary, Loading, ConflictNotice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="back()">{{ backText() }}</a>
    @if (state().error(); as message) {
      <h1 class="govuk-heading-l">{{ failedHeading() ?? heading() }}</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (!state().loaded()) {
      <wm-loading />
    } @else {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <wm-error-summary [errors]="errors() ?? form().summary()" />
          <ng-content select="[formNotice]" />
          <wm-conflict-notice [values]="form().conflict()" />
          @if (caption()) {
            <span class="govuk-caption-l">{{ caption() }}</span>
          }
          <h1 class="govuk-heading-l">{{ heading() }}</h1>
          <form novalidate (submit)="submit($event)">
            <ng-content />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" [disabled]="form().saving()">{{ submitLabel() }}</button>
              <a class="govuk-link" [routerLink]="back()">Cancel</a>
            </div>
          </form>
          <ng-content select="[afterForm]" />
        </div>
      </div>
    }
  `,
})
export class FormPage<V extends FormValues> {
  readonly form = input.required<EditForm<V>>();
  readonly state = input.required<LoadState>();
  /** Sends the values; resolves to where to go next. A thrown API error is shown on the form. */
  readonly save = input.required<(values: V, version: number) => Promise<AfterSave>>();
  readonly heading = input.required<string>();
  /** The heading when the record could not be loaded; defaults to `heading`. */
  readonly failedHeading = input<string | null>(null);
  readonly caption = input('');
  readonly submitLabel = input.required<string>();
  /** The back link and Cancel both go here. */
  readonly back = input.required<readonly unknown[] | string>();
  readonly backText = input('Back');
  /** Replaces the form's own error summary when the page has more to say (e.g. a second form's error). */
  readonly errors = input<readonly ErrorSummaryItem[] | null>(null);
  private readonly router = inject(Router);

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const next: { after?: AfterSave } = {};
    const saved = await this.form().submit(async (values, version) => {
      next.after = await this.save()(values, version);
    });
    if (saved && next.after)
      await this.router.navigate([...next.after.to], { queryParams: { notice: next.after.notice } });
  }
}
