import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import { SignInStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { safeReturnUrl } from './safe-return-url';

/**
 * "Choose a partnership": after signing in with an account that belongs to several partnerships, and from the
 * header's "Switch partnership". Only the partnerships the API offers are shown; the API checks the choice again.
 */
@Component({
  selector: 'wm-choose-partnership-page',
  providers: [SignInStore],
  imports: [ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <wm-error-summary [errors]="errors()" />
        @if (loaded()) {
          <form (submit)="$event.preventDefault(); submit()" novalidate>
            <div class="govuk-form-group" [class.govuk-form-group--error]="errors().length > 0">
              <fieldset class="govuk-fieldset" [attr.aria-describedby]="errors().length ? 'partnership-hint partnership-error' : 'partnership-hint'">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                  <h1 class="govuk-fieldset__heading">Choose a partnership</h1>
                </legend>
                <div id="partnership-hint" class="govuk-hint">You belong to more than one partnership. You can switch at any time with “Switch partnership”.</div>
                @if (errors()[0]; as error) {
                  <p id="partnership-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ error.message }}</p>
                }
                <div class="govuk-radios" data-module="govuk-radios">
                  @for (choice of choices(); track choice.partnershipId; let i = $index) {
                    <div class="govuk-radios__item">
                      <input
                        class="govuk-radios__input"
                        [id]="i === 0 ? 'partnership' : 'partnership-' + i"
                        name="partnership"
                        type="radio"
                        [value]="choice.partnershipId"
                        [checked]="selected() === choice.partnershipId"
                        (change)="selected.set(choice.partnershipId)"
                      />
                      <label class="govuk-label govuk-radios__label" [for]="i === 0 ? 'partnership' : 'partnership-' + i">
                        {{ choice.name }}@if (choice.current) {<span class="govuk-visually-hidden"> (current)</span>}
                      </label>
                      @if (choice.current) {
                        <div class="govuk-hint govuk-radios__hint">You are working in this partnership now</div>
                      }
                    </div>
                  }
                </div>
              </fieldset>
            </div>
            <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Continue</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class ChoosePartnershipPage implements OnInit {
  private readonly store = inject(SignInStore);
  private readonly router = inject(Router);

  /** Query parameter, bound by the router: where to go once a partnership is chosen. */
  readonly returnUrl = input<string>();

  protected readonly choices = computed(() => this.store.choices.value() ?? []);
  /** Shown once there is something to choose from; with nothing, the page goes back to signing in. */
  protected readonly loaded = computed(() => this.choices().length > 0);
  protected readonly selected = signal<string | null>(null);
  protected readonly busy = this.store.busy;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const choices = await this.store.loadChoices();
    if (!choices.length) {
      await this.router.navigate(['/sign-in'], { queryParams: { returnUrl: this.returnUrl() } });
      return;
    }
    this.selected.set(choices.find((c) => c.current)?.partnershipId ?? null);
  }

  protected async submit(): Promise<void> {
    const partnershipId = this.selected();
    if (!partnershipId) {
      this.errors.set([{ fieldId: 'partnership', message: 'Select the partnership you want to work in' }]);
      return;
    }
    this.errors.set([]);
    try {
      await this.store.choose(partnershipId);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.errors.set([{ fieldId: 'partnership', message: describeError(error).message }]);
    }
  }
}
