import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ExplorerStore } from '@waymark/web/shared/data-access';
import { Loading, TableScroll } from '@waymark/web/shared/ui';

/** The partnership's live strategies, each linking to its tree. */
@Component({
  selector: 'wm-strategy-list-page',
  imports: [RouterLink, Loading, TableScroll],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ExplorerStore],
  template: `
    <h1 class="govuk-heading-l">Strategies</h1>
    <p class="govuk-body"><a class="govuk-link" routerLink="/strategies/search">Search actions and progress updates</a></p>
    @if (error(); as message) {
      <p class="govuk-error-message">{{ message }}</p>
    } @else if (!strategies()) {
      <wm-loading />
    } @else if (strategies()!.length === 0) {
      <p class="govuk-body">There are no strategies yet.</p>
    } @else {
      <wm-table-scroll [label]="'Strategies'">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Strategies</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Strategy</th>
              <th scope="col" class="govuk-table__header">Years</th>
              <th scope="col" class="govuk-table__header">Accountable group</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (s of strategies(); track s.id) {
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  <a class="govuk-link" [routerLink]="['/strategies', s.id]">{{ s.title }}</a>
                  @if (s.parentStrategyTitle) {
                    <span class="govuk-hint govuk-!-margin-bottom-0">Under {{ s.parentStrategyTitle }}</span>
                  }
                </td>
                <td class="govuk-table__cell">{{ s.startsOn.slice(0, 4) }}–{{ s.endsOn.slice(0, 4) }}</td>
                <td class="govuk-table__cell">{{ s.accountableGroupName ?? 'Not set' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </wm-table-scroll>
    }
  `,
})
export class StrategyListPage implements OnInit {
  private readonly store = inject(ExplorerStore);
  protected readonly strategies = this.store.strategies.value;
  protected readonly error = this.store.strategies.error;

  ngOnInit(): void {
    void this.store.loadStrategies();
  }
}
