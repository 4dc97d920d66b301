import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { CycleStatusStore, describeError } from '@waymark/web/shared/data-access';
import { Loading, NotificationBanner, PluralPipe, TableScroll, pluralise } from '@waymark/web/shared/ui';
import { DELIVERY, STEP_WORD, UPDATE_STATE_WORD } from './cycle-words';

/** One period's cycle for administrators: who owes what, what was sent to whom and its delivery, "send a reminder now". */
@Component({
  selector: 'wm-cycle-status-page',
  imports: [RouterLink, Loading, NotificationBanner, TableScroll, DatePipe, PluralPipe],
  providers: [CycleStatusStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/periods">Reporting periods</a>
    @if (notice(); as text) {
      <wm-notification-banner type="success">{{ text }}</wm-notification-banner>
    }
    @if (error(); as message) {
      <div class="govuk-error-summary" role="alert" tabindex="-1"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><p class="govuk-body">{{ message }}</p></div></div>
    }
    @if (!status()) {
      @if (!error()) {
        <wm-loading />
      }
    } @else {
      @let s = status()!;
      <span class="govuk-caption-l">{{ s.strategyTitle }}</span>
      <h1 class="govuk-heading-l">Cycle status: {{ s.periodName }}</h1>
      <p class="govuk-body">Updates due {{ s.updateDeadline }}. Today is {{ s.today }} ({{ s.timeZone }}). <a class="govuk-link" [routerLink]="['/admin/strategies', s.strategyId, 'reminders']">Reminder settings</a></p>

      <h2 class="govuk-heading-m">Who owes what</h2>
      @if (s.people.length === 0) {
        <p class="govuk-body">No action of this strategy has a lead officer.</p>
      } @else {
        <wm-table-scroll [label]="'Lead officers and the updates they owe'">
          <table class="govuk-table" data-testid="cycle-people">
            <caption class="govuk-table__caption govuk-visually-hidden">Lead officers and the updates they owe</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Lead officer</th>
                <th scope="col" class="govuk-table__header">Still owed</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">Submitted</th>
                <th scope="col" class="govuk-table__header">Reminders</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (p of s.people; track p.personId) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">{{ p.fullName }}<br /><span class="govuk-body-s">{{ p.email }}</span></th>
                  <td class="govuk-table__cell">
                    @if (p.owed.length === 0) {
                      Nothing
                    } @else {
                      <ul class="govuk-list govuk-body-s govuk-!-margin-bottom-0">
                        @for (a of p.owed; track a.actionId) {
                          <li>{{ a.ref ? a.ref + ' ' : '' }}{{ a.title }} ({{ stateWord[a.updateState] ?? a.updateState }})</li>
                        }
                      </ul>
                    }
                  </td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ p.submitted }}</td>
                  <td class="govuk-table__cell">
                    @if (!p.reachable) {
                      <strong class="govuk-tag govuk-tag--red">No address to write to</strong>
                    } @else if (p.remindersPaused) {
                      <strong class="govuk-tag govuk-tag--yellow">Paused</strong>
                    }
                    @if (p.owed.length > 0 && p.reachable && s.state !== 'signed_off') {
                      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" [disabled]="busy()" (click)="sendNow(p.personId, p.fullName)">
                        Send a reminder now<span class="govuk-visually-hidden"> to {{ p.fullName }}</span>
                      </button>
                    }
                    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" [disabled]="busy()" (click)="setPaused(p.personId, !p.remindersPaused)">
                      {{ p.remindersPaused ? 'Resume reminders' : 'Pause reminders' }}<span class="govuk-visually-hidden"> for {{ p.fullName }}</span>
                    </button>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </wm-table-scroll>
      }
      @if (s.withoutLead.length > 0) {
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>{{ s.withoutLead.length }} owed {{ s.withoutLead.length === 1 ? 'action has' : 'actions have' }} no lead officer, so nobody is reminded of {{ s.withoutLead.length === 1 ? 'it' : 'them' }}: {{ titles(s.withoutLead) }}.</strong>
        </div>
      }

      <h2 class="govuk-heading-m">Messages sent</h2>
      @if (s.messages.length === 0) {
        <p class="govuk-body">No reminder has been sent for this period yet.</p>
      } @else {
        <wm-table-scroll [label]="'Reminders sent for this period'">
          <table class="govuk-table" data-testid="cycle-messages">
            <caption class="govuk-table__caption govuk-visually-hidden">Reminders, chasers and escalations sent for this period</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Sent</th>
                <th scope="col" class="govuk-table__header">Message</th>
                <th scope="col" class="govuk-table__header">To</th>
                <th scope="col" class="govuk-table__header">Delivery</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (m of s.messages; track m.deliveryId) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{{ m.createdAt | date: 'd MMM y, HH:mm' }}</td>
                  <td class="govuk-table__cell">{{ stepWord[m.step] ?? m.step }} ({{ m.actionCount | plural: 'action' }})</td>
                  <td class="govuk-table__cell">{{ m.fullName }}<br /><span class="govuk-body-s">{{ m.recipient }}</span></td>
                  <td class="govuk-table__cell">
                    @if (m.deliveryStatus; as d) {
                      <strong class="govuk-tag" [class]="delivery[d]?.tag ?? ''">{{ delivery[d]?.word ?? d }}</strong>
                    }
                    @if (m.lastError) {
                      <p class="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">The mail server refused it: {{ m.lastError }}</p>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </wm-table-scroll>
      }
    }
  `,
})
export class CycleStatusPage implements OnInit {
  private readonly store = inject(CycleStatusStore);
  readonly periodId = input.required<string>();
  protected readonly status = this.store.cycle.value;
  private readonly actionError = signal<string | null>(null);
  protected readonly error = computed(() => this.actionError() ?? this.store.cycle.error());
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = this.store.cycle.busy;
  protected readonly stepWord = STEP_WORD;
  protected readonly stateWord = UPDATE_STATE_WORD;
  protected readonly delivery = DELIVERY;

  ngOnInit(): void {
    void this.store.load(this.periodId());
  }

  protected titles(actions: ReadonlyArray<{ ref: string | null; title: string }>): string {
    return actions.map((a) => (a.ref ? `${a.ref} ${a.title}` : a.title)).join('; ');
  }

  protected async sendNow(personId: string, fullName: string): Promise<void> {
    await this.act(async () => {
      const sent = await this.store.sendNow(personId);
      return `Reminder queued for ${fullName} (${sent.recipient}) about ${pluralise(sent.actionCount, 'action')}`;
    });
  }

  protected async setPaused(personId: string, paused: boolean): Promise<void> {
    await this.act(async () => {
      const person = await this.store.setPaused(personId, paused);
      return `Reminders ${person.remindersPaused ? 'paused' : 'resumed'} for ${person.fullName}`;
    });
  }

  private async act(action: () => Promise<string>): Promise<void> {
    this.actionError.set(null);
    try {
      this.notice.set(await action());
    } catch (error) {
      this.actionError.set(describeError(error).message);
    }
  }
}
