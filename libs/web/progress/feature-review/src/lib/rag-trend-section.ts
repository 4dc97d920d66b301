import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RagTrendStore } from '@waymark/web/shared/data-access';
import { Loading, RagBars, TableScroll } from '@waymark/web/shared/ui';
import { trendBars, trendRows, trendScopes, WHOLE_STRATEGY } from './rag-trend-model';

/**
 * The RAG trend of the strategy, period by period: a stacked bar per period and a table of the same counts with
 * their percentages (the table is the chart's accessible equivalent), for the whole strategy or one theme.
 */
@Component({
  selector: 'wm-rag-trend-section',
  imports: [FormsModule, Loading, RagBars, TableScroll],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RagTrendStore],
  template: `
    <h2 class="govuk-heading-m" id="rag-trend" tabindex="-1">RAG trend</h2>
    @if (error(); as message) {
      <p class="govuk-body" role="alert">The RAG trend could not be loaded: {{ message }}</p>
    } @else if (trend(); as t) {
      @if (t.periods.length === 0) {
        <p class="govuk-body">No reporting period has started yet.</p>
      } @else {
        <p class="govuk-body">
          Actions by RAG status in each signed-off and in-review period and the current one. Signed-off periods are counted from the report frozen at sign-off.
        </p>
        <div class="govuk-form-group">
          <label class="govuk-label" for="rag-trend-scope">Show the trend for</label>
          <select class="govuk-select wm-rag-trend__scope" id="rag-trend-scope" name="ragTrendScope" [ngModel]="scope()" (ngModelChange)="scope.set($event)">
            @for (option of scopes(); track option.value) {
              <option [value]="option.value">{{ option.label }}</option>
            }
          </select>
        </div>
        <wm-table-scroll [label]="caption()">
          <table class="govuk-table" data-testid="rag-trend-table">
            <caption class="govuk-table__caption govuk-table__caption--s">{{ caption() }}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Period</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">Red</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">Amber</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">Green</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">No RAG</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">Total</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (row of rows(); track row.periodId) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    {{ row.periodName }} <span class="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">{{ row.stateWord }}</span>
                  </th>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.share.red }} ({{ row.share.redPercent }}%)</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.share.amber }} ({{ row.share.amberPercent }}%)</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.share.green }} ({{ row.share.greenPercent }}%)</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.share.notRated }} ({{ row.share.notRatedPercent }}%)</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.share.total }}</td>
                </tr>
              }
            </tbody>
          </table>
        </wm-table-scroll>
        <wm-rag-bars [data]="bars()" [caption]="'RAG trend chart: ' + scopeLabel()" />
      }
    } @else {
      <wm-loading />
    }
  `,
  styles: `
    .wm-rag-trend__scope { max-width: 100%; }
  `,
})
export class RagTrendSection {
  private readonly store = inject(RagTrendStore);
  readonly strategyId = input.required<string>();
  protected readonly trend = this.store.trend.value;
  protected readonly error = this.store.trend.error;
  protected readonly scope = signal(WHOLE_STRATEGY);
  protected readonly scopes = computed(() => {
    const t = this.trend();
    return t ? trendScopes(t) : [];
  });
  protected readonly scopeLabel = computed(
    () => this.scopes().find((s) => s.value === this.scope())?.label ?? 'Whole strategy',
  );
  protected readonly caption = computed(() => `Actions by RAG status per period: ${this.scopeLabel()}`);
  protected readonly rows = computed(() => {
    const t = this.trend();
    return t ? trendRows(t, this.scope()) : [];
  });
  protected readonly bars = computed(() => trendBars(this.rows()));

  constructor() {
    effect(() => void this.store.load(this.strategyId()));
  }
}
