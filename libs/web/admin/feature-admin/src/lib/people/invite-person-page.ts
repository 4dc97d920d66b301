import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { PersonAccessStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@waymark/web/shared/ui';

const FIELD_ID: Record<string, string> = { 'input.email': 'invite-email', 'input.fullName': 'invite-full-name' };

/** Invite someone by e-mail: a new person, or one already in the directory who cannot sign in yet. */
@Component({
  selector: 'wm-invite-person-page',
  imports: [RouterLink, ErrorSummary],
  providers: [PersonAccessStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/directory">Organisations, groups and people</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <wm-error-summary [errors]="errors()" />
        <h1 class="govuk-heading-l">Invite a person</h1>
        <p class="govuk-body">They get an e-mail with a link to set their password. The link works once and expires after 7 days. Without a mail server, read it under <a class="govuk-link" routerLink="/admin/outbox">Outbox</a> and pass it on.</p>
        <form novalidate (submit)="submit($event)">
          <div class="govuk-form-group" [class.govuk-form-group--error]="error('invite-email')">
            <label class="govuk-label" for="invite-email">Email address</label>
            @if (error('invite-email'); as message) {
              <p id="invite-email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
            }
            <input class="govuk-input" [class.govuk-input--error]="error('invite-email')" id="invite-email" type="email" spellcheck="false" autocomplete="off"
              [attr.aria-describedby]="error('invite-email') ? 'invite-email-error' : null" (input)="email.set($any($event.target).value)" />
          </div>
          <div class="govuk-form-group" [class.govuk-form-group--error]="error('invite-full-name')">
            <label class="govuk-label" for="invite-full-name">Full name</label>
            <div class="govuk-hint" id="invite-full-name-hint">Not needed when the person is already in the directory.</div>
            @if (error('invite-full-name'); as message) {
              <p id="invite-full-name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
            }
            <input class="govuk-input" [class.govuk-input--error]="error('invite-full-name')" id="invite-full-name" type="text" autocomplete="off"
              [attr.aria-describedby]="error('invite-full-name') ? 'invite-full-name-hint invite-full-name-error' : 'invite-full-name-hint'" (input)="fullName.set($any($event.target).value)" />
          </div>
          <button type="submit" class="govuk-button" [disabled]="busy()">Send invitation</button>
        </form>
      </div>
    </div>
  `,
})
export class InvitePersonPage {
  private readonly store = inject(PersonAccessStore);
  private readonly router = inject(Router);
  protected readonly email = signal('');
  protected readonly fullName = signal('');
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = this.store.invitation.busy;
  private readonly byField = computed(
    () =>
      new Map(
        this.errors()
          .filter((e) => e.fieldId)
          .map((e) => [e.fieldId, e.message]),
      ),
  );

  protected error(fieldId: string): string | undefined {
    return this.byField().get(fieldId);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const email = this.email().trim();
    if (!email)
      return this.errors.set([{ fieldId: 'invite-email', message: 'Enter the email address of the person to invite' }]);
    this.errors.set([]);
    try {
      const person = await this.store.invite({ email, fullName: this.fullName().trim() || null });
      await this.router.navigate(['/admin/directory'], {
        queryParams: { notice: `Invitation sent to ${person.fullName}` },
      });
    } catch (error) {
      const problem = describeError(error);
      this.errors.set(
        problem.fields.length
          ? problem.fields.map((f) => ({ fieldId: FIELD_ID[f.field], message: f.message }))
          : [{ message: problem.message }],
      );
    }
  }
}
