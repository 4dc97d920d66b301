import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AdminStrategiesStore } from '@waymark/web/shared/data-access';
import { Loading, NotificationBanner, PluralPipe } from '@waymark/web/shared/ui';

/** Administration start page: strategies to edit, plan import, templates, periods and the directory. */
@Component({
  selector: 'wm-admin-home-page',
  imports: [RouterLink, Loading, NotificationBanner, PluralPipe],
  providers: [AdminStrategiesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notice(); as text) {
      <wm-notification-banner type="success">{{ text }}</wm-notification-banner>
    }
    <h1 class="govuk-heading-l">Administration</h1>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h2 class="govuk-heading-m">Strategies</h2>
        @if (error(); as message) {
          <p class="govuk-body">{{ message }}</p>
        } @else if (!strategies()) {
          <wm-loading />
        } @else if (strategies()!.length === 0) {
          <p class="govuk-body">No strategies yet. Import a plan to create one.</p>
        } @else {
          <ul class="govuk-list govuk-list--spaced">
            @for (s of strategies(); track s.id) {
              <li>
                <a class="govuk-link govuk-!-font-weight-bold" [routerLink]="['/admin/strategies', s.id]">{{ s.title }}</a>
                <span class="govuk-hint govuk-!-margin-bottom-0">{{ s.themes.length | plural: s.themeLabel.toLowerCase() }} · {{ s.periods.length | plural: 'reporting period' }}</span>
              </li>
            }
          </ul>
        }
        @if (strategies()) {
          <!-- Rendered after the list so the first strategy link on the page is a strategy, not this. -->
          <a class="govuk-button govuk-button--secondary" routerLink="/admin/strategies/new">Create a strategy</a>
        }
      </div>
      <div class="govuk-grid-column-one-third">
        <h2 class="govuk-heading-m">Set up</h2>
        <ul class="govuk-list govuk-list--spaced">
          <li><a class="govuk-link" routerLink="/admin/import">Import a plan from a spreadsheet</a></li>
          <li><a class="govuk-link" routerLink="/admin/periods">Reporting periods</a></li>
          <li><a class="govuk-link" routerLink="/admin/report-template">Word template for the board report</a></li>
          <li><a class="govuk-link" routerLink="/admin/directory">Organisations, groups and people</a></li>
          <li><a class="govuk-link" routerLink="/admin/outbox">Outbox (e-mails sent and waiting)</a></li>
          <li><a class="govuk-link" routerLink="/admin/security-events">Security events</a></li>
          <li><a class="govuk-link" routerLink="/admin/audit-log">Audit log (who changed what)</a></li>
          <li><a class="govuk-link" routerLink="/admin/indicators">Performance indicators</a></li>
        </ul>
        <h2 class="govuk-heading-s">Plan templates</h2>
        <ul class="govuk-list">
          <li><a class="govuk-link" href="/api/export/template.xlsx" download>Download the plan template (Excel)</a></li>
          <li><a class="govuk-link" href="/api/export/template.csv" download>Download the plan template (CSV)</a></li>
        </ul>
      </div>
    </div>
  `,
})
export class AdminHomePage implements OnInit {
  /** Success message from a screen that sent the user here (e.g. after archiving a strategy). */
  readonly notice = input<string | undefined>();
  private readonly store = inject(AdminStrategiesStore);
  protected readonly strategies = this.store.strategies.value;
  protected readonly error = this.store.strategies.error;

  ngOnInit(): void {
    void this.store.load();
  }
}
