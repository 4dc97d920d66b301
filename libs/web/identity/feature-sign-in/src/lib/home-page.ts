import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HomeSummary } from '@waymark/web/notifications/feature-notifications';
import { SessionStore } from '@waymark/web/shared/data-access';

/** The signed-in start page: what this person owes and reviews (wm-home-summary), then the jobs they can do, by role. */
@Component({
  selector: 'wm-home-page',
  imports: [RouterLink, HomeSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (user(); as person) {
      <h1 class="govuk-heading-l">Hello, {{ person.fullName }}</h1>
      <wm-home-summary />
      <h2 class="govuk-heading-m">Go to</h2>
      <ul class="govuk-list govuk-list--spaced">
        @if (roles().has('DeliveryLead')) {
          <li><a class="govuk-link govuk-!-font-weight-bold" routerLink="/my-updates">My updates</a> – the actions you owe an update on this period</li>
        }
        @if (roles().has('SeniorOfficer')) {
          <li><a class="govuk-link govuk-!-font-weight-bold" routerLink="/review">Review</a> – RAG by theme, exceptions and updates waiting for review</li>
        }
        <li><a class="govuk-link govuk-!-font-weight-bold" routerLink="/strategies">Strategies</a> – themes, objectives and actions</li>
        <li><a class="govuk-link govuk-!-font-weight-bold" routerLink="/reports">Reports</a> – the board update report</li>
        @if (person.isAdministrator) {
          <li><a class="govuk-link govuk-!-font-weight-bold" routerLink="/admin">Administration</a> – strategies, partners, groups, people, periods</li>
        }
      </ul>
    }
  `,
})
export class HomePage {
  protected readonly user = inject(SessionStore).user;
  protected readonly roles = computed(() => new Set<string>(this.user()?.roles ?? []));
}
