import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_HELP } from './help-content';

/** How Waymark works: what it is for, then one page per role. */
@Component({
  selector: 'wm-help-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">How Waymark works</h1>
        <p class="govuk-body-l">Waymark keeps track of a partnership’s strategy: who is doing what, how it is going, and what the board needs to know.</p>
        <p class="govuk-body">
          Each period, the officers who lead actions write a short progress update. Senior officers review the updates and
          check the RAG ratings (Red, Amber or Green). Then the board report is produced from them, instead of being
          copied into a Word table by hand.
        </p>
        <h2 class="govuk-heading-m">Help for your role</h2>
        <ul class="govuk-list govuk-list--spaced">
          @for (role of roles; track role.slug) {
            <li>
              <a class="govuk-link" [routerLink]="['/help', role.slug]">{{ role.title }}</a>
              <p class="govuk-body govuk-!-margin-bottom-0">{{ role.summary }}</p>
            </li>
          }
        </ul>
        <h2 class="govuk-heading-m">If you cannot sign in</h2>
        <p class="govuk-body">
          Use <a class="govuk-link" routerLink="/forgot-password">reset your password</a>, or ask your partnership’s
          administrator to invite you again.
        </p>
      </div>
    </div>
  `,
})
export class HelpPage {
  protected readonly roles = ROLE_HELP;
}
