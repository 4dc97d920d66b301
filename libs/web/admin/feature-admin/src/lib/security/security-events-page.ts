import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { SecurityEventsStore } from '@waymark/web/shared/data-access';
import { Loading } from '@waymark/web/shared/ui';
import { securityEventWords } from './security-event-words';

/** Sign-in problems, password and role changes, deactivations and refusals in the partnership, newest first. */
@Component({
  selector: 'wm-security-events-page',
  imports: [RouterLink, Loading, DatePipe],
  providers: [SecurityEventsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin">Administration</a>
    <h1 class="govuk-heading-l">Security events</h1>
    <p class="govuk-body">The latest 200 sign-in problems, password and role changes, deactivations and refused requests of people in your partnership, newest first.</p>
    @if (error(); as message) {
      <p class="govuk-body">{{ message }}</p>
    } @else if (!events()) {
      <wm-loading />
    } @else if (events()!.length === 0) {
      <p class="govuk-body">No security events yet.</p>
    } @else {
      <div class="wm-table-scroll" role="region" aria-label="Security events" tabindex="0">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden">Security events</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">When</th>
              <th scope="col" class="govuk-table__header">What happened</th>
              <th scope="col" class="govuk-table__header">Person</th>
              <th scope="col" class="govuk-table__header">By</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (e of events(); track e.id) {
              <tr class="govuk-table__row" data-testid="security-event">
                <td class="govuk-table__cell">{{ e.occurredAt | date: 'd MMM y, HH:mm:ss' }}</td>
                <td class="govuk-table__cell">{{ words(e.event) }}@if (e.detail) {<span class="govuk-hint govuk-!-margin-bottom-0">{{ e.detail }}</span>}</td>
                <td class="govuk-table__cell">{{ e.personName }}</td>
                <td class="govuk-table__cell">{{ e.actorName ?? '' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class SecurityEventsPage implements OnInit {
  private readonly store = inject(SecurityEventsStore);
  protected readonly events = this.store.events.value;
  protected readonly error = this.store.events.error;
  protected readonly words = securityEventWords;

  ngOnInit(): void {
    void this.store.load();
  }
}
