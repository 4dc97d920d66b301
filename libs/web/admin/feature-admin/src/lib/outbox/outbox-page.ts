import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { OutboxStore } from '@waymark/web/shared/data-access';
import { Loading } from '@waymark/web/shared/ui';
import { bodyParts } from './body-parts';

const STATUS: Record<string, { word: string; tag: string }> = {
  Queued: { word: 'Queued', tag: 'govuk-tag--blue' },
  Sending: { word: 'Sending', tag: 'govuk-tag--light-blue' },
  Sent: { word: 'Sent', tag: 'govuk-tag--green' },
  Failed: { word: 'Failed', tag: 'govuk-tag--red' },
};

/** E-mails Waymark queued (invitations, password links, notifications) and their delivery: read here when no mail server is set. */
@Component({
  selector: 'wm-outbox-page',
  imports: [RouterLink, Loading, DatePipe],
  providers: [OutboxStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.wm-mail-body { white-space: pre-wrap; overflow-wrap: anywhere; }`,
  template: `
    <a class="govuk-back-link" routerLink="/admin">Administration</a>
    <h1 class="govuk-heading-l">Outbox</h1>
    <p class="govuk-body">E-mails Waymark has sent or is waiting to send, newest first. When no mail server is set up, they stay here as queued and you can pass the links on yourself.</p>
    @if (error(); as message) {
      <p class="govuk-body">{{ message }}</p>
    } @else if (!messages()) {
      <wm-loading />
    } @else if (messages()!.length === 0) {
      <p class="govuk-body">No e-mails yet.</p>
    } @else {
      @for (m of messages(); track m.id) {
        <div class="govuk-summary-card" data-testid="outbox-message">
          <div class="govuk-summary-card__title-wrapper">
            <h2 class="govuk-summary-card__title">{{ m.subject }}</h2>
            <strong class="govuk-tag" [class]="status[m.status].tag">{{ status[m.status].word }}</strong>
          </div>
          <div class="govuk-summary-card__content">
            <dl class="govuk-summary-list">
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">To</dt><dd class="govuk-summary-list__value">{{ m.recipient }}</dd></div>
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Queued</dt><dd class="govuk-summary-list__value">{{ m.createdAt | date: 'd MMMM y, HH:mm' }}</dd></div>
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Attempts</dt><dd class="govuk-summary-list__value">{{ m.attempts }}@if (m.sentAt) {, sent {{ m.sentAt | date: 'd MMMM y, HH:mm' }}}</dd></div>
              @if (m.lastError) {
                <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Last error</dt><dd class="govuk-summary-list__value">{{ m.lastError }}</dd></div>
              }
            </dl>
            <details class="govuk-details govuk-!-margin-bottom-0">
              <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Message<span class="govuk-visually-hidden"> to {{ m.recipient }}: {{ m.subject }}</span></span></summary>
              <div class="govuk-details__text wm-mail-body">@for (part of parts(m.textBody); track $index) {@if (part.href) {<a class="govuk-link" [href]="part.href">{{ part.text }}</a>} @else {{{ part.text }}}}</div>
            </details>
          </div>
        </div>
      }
    }
  `,
})
export class OutboxPage implements OnInit {
  private readonly store = inject(OutboxStore);
  protected readonly messages = this.store.messages.value;
  protected readonly error = this.store.messages.error;
  protected readonly status = STATUS;
  protected readonly parts = bodyParts;

  ngOnInit(): void {
    void this.store.load();
  }
}
