import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { PersonAccessStore, type SingleSignOnLink, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, type ErrorSummaryItem } from '@waymark/web/shared/ui';

/**
 * A person's link to their single sign-on account, and the confirmation step to clear it (for example when the
 * provider gave them a new account): their next single sign-on links them again.
 */
@Component({
  selector: 'wm-single-sign-on-link-page',
  imports: [RouterLink, ErrorSummary, Loading],
  providers: [PersonAccessStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/directory">Back</a>
    <wm-error-summary [errors]="errors()" />
    @if (loadError(); as message) {
      <h1 class="govuk-heading-l">Single sign-on link</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (link(); as l) {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ l.fullName }}</span>
          <h1 class="govuk-heading-l">Single sign-on link</h1>
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Email</dt><dd class="govuk-summary-list__value wm-email">{{ l.email }}</dd></div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Linked to</dt>
              <dd class="govuk-summary-list__value" data-testid="sso-link-issuer">{{ l.issuer ?? 'Not linked' }}</dd>
            </div>
          </dl>
          @if (l.issuer) {
            <div class="govuk-warning-text">
              <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
              <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">Warning</span> {{ l.fullName }} will be signed out. The next time they sign in with single sign-on, Waymark links them to the account they use then.
              </strong>
            </div>
            <div class="govuk-button-group">
              <button type="button" class="govuk-button govuk-button--warning" [disabled]="saving()" (click)="clear(l)">Clear the link</button>
              <a class="govuk-link" routerLink="/admin/directory">No, go back</a>
            </div>
          } @else {
            <p class="govuk-body">{{ l.fullName }} has not signed in with single sign-on yet. Waymark links them to their account the first time they do.</p>
          }
        </div>
      </div>
    } @else {
      <wm-loading />
    }
  `,
})
export class SingleSignOnLinkPage implements OnInit {
  readonly personId = input.required<string>();
  private readonly store = inject(PersonAccessStore);
  private readonly router = inject(Router);
  protected readonly link = computed(() => this.store.link.value() ?? null);
  protected readonly loadError = this.store.link.error;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly saving = this.store.link.busy;

  ngOnInit(): void {
    void this.store.loadLink(this.personId());
  }

  protected async clear(link: SingleSignOnLink): Promise<void> {
    this.errors.set([]);
    try {
      await this.store.clearLink(link.personId);
      await this.router.navigate(['/admin/directory'], {
        queryParams: { notice: `The single sign-on link of ${link.fullName} was cleared` },
      });
    } catch (error) {
      const problem = describeError(error);
      this.errors.set([{ message: problem.fields[0]?.message ?? problem.message }]);
    }
  }
}
