import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TableScroll } from '@waymark/web/shared/ui';

/** Cookies: Waymark sets one, the session cookie (name and lifetime as in libs/api/identity/feature session settings). */
@Component({
  selector: 'wm-cookies-page',
  imports: [TableScroll],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">Cookies</h1>
        <p class="govuk-body">Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>
        <p class="govuk-body">
          Waymark uses one cookie, to keep you signed in. It is essential: Waymark cannot work without it, so we do not ask
          for your consent to set it.
        </p>
        <p class="govuk-body">
          We do not use analytics cookies, advertising cookies or any cookies from other websites, and we do not track you.
        </p>

        <h2 class="govuk-heading-l">Essential cookies</h2>
        <wm-table-scroll [label]="'The cookie Waymark sets'">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">The cookie Waymark sets</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Name</th>
                <th scope="col" class="govuk-table__header">Purpose</th>
                <th scope="col" class="govuk-table__header">Expires</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              <tr class="govuk-table__row">
                <td class="govuk-table__cell"><code>waymark.sid</code></td>
                <td class="govuk-table__cell">
                  Keeps you signed in. It holds a random reference to your session, which is stored on Waymark's server; it
                  contains no personal information. Set only once you sign in.
                </td>
                <td class="govuk-table__cell">
                  30 minutes after your last action (your organisation may set a different time), and at the latest 12 hours
                  after you signed in, or when you sign out
                </td>
              </tr>
            </tbody>
          </table>
        </wm-table-scroll>

        <h2 class="govuk-heading-l">Information saved in your browser</h2>
        <p class="govuk-body">
          While you write a progress update, Waymark keeps a copy of your unsaved text in your browser's local storage, so
          that you do not lose it if your connection drops. Only you can see it on that browser. It is removed when the
          update is saved.
        </p>
      </div>
    </div>
  `,
})
export class CookiesPage {}
