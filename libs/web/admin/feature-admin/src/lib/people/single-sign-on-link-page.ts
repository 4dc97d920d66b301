import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  ClearSingleSignOnLinkDocument,
  SingleSignOnLinkDocument,
  type SingleSignOnLinkFieldsFragment,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, type ErrorSummaryItem } from '@waymark/web/shared/ui';

/**
 * A person's link to their single sign-on account, and the confirmation step to clear it (for example when the
 * provider gave them a new account): their next single sign-on links them again.
 */
@Component({
  selector: 'wm-single-sign-on-link-page',
  imports: [RouterLink, ErrorSummary, Loading],
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
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  protected readonly link = signal<SingleSignOnLinkFieldsFragment | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly saving = signal(false);

  ngOnInit(): void {
    void this.load();
  }

  protected async clear(link: SingleSignOnLinkFieldsFragment): Promise<void> {
    this.saving.set(true);
    this.errors.set([]);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: ClearSingleSignOnLinkDocument,
          variables: { input: { personId: link.personId } },
        }),
      );
      await this.router.navigate(['/admin/directory'], {
        queryParams: { notice: `The single sign-on link of ${link.fullName} was cleared` },
      });
    } catch (error) {
      const problem = describeError(error);
      this.errors.set([{ message: problem.fields[0]?.message ?? problem.message }]);
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: SingleSignOnLinkDocument,
          variables: { personId: this.personId() },
          fetchPolicy: 'network-only',
        }),
      );
      this.link.set(result.data?.singleSignOnLink ?? null);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }
}
