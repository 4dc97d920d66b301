import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { LIFECYCLE_WORD, type LifecycleValue } from '../labels';
import { ActionFilter, ActionFilterOptions, RagChoice, isFiltering } from './action-filter';

/**
 * The filters every list of actions offers: lead organisation, delivery group, lead person, latest RAG, state and
 * overdue. Stateless: the page owns the filter (usually in the URL, see actionFilterInUrl) and gets every change.
 */
@Component({
  selector: 'wm-action-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="wm-filters" role="search" [attr.aria-label]="'Filter ' + plural()" (submit)="$event.preventDefault()">
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Filter {{ plural() }}</legend>
        <div class="wm-filters__row">
          <div class="govuk-form-group">
            <label class="govuk-label" [for]="id('organisation')">Lead organisation</label>
            <select class="govuk-select" [id]="id('organisation')" (change)="change('organisationId', value($event))">
              <option value="">All organisations</option>
              @for (o of options().organisations; track o.id) {
                <option [value]="o.id" [selected]="filter().organisationId === o.id">{{ o.name }}</option>
              }
            </select>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" [for]="id('group')">Delivery group</label>
            <select class="govuk-select" [id]="id('group')" (change)="change('groupId', value($event))">
              <option value="">All groups</option>
              @for (g of options().groups; track g.id) {
                <option [value]="g.id" [selected]="filter().groupId === g.id">{{ g.name }}</option>
              }
            </select>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" [for]="id('lead')">Lead officer</label>
            <select class="govuk-select" [id]="id('lead')" (change)="change('leadPersonId', value($event))">
              <option value="">All lead officers</option>
              @for (p of options().leads; track p.id) {
                <option [value]="p.id" [selected]="filter().leadPersonId === p.id">{{ p.name }}</option>
              }
            </select>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" [for]="id('rag')">Latest RAG</label>
            <select class="govuk-select" [id]="id('rag')" (change)="change('rag', value($event))">
              <option value="" [selected]="filter().rag === null">Any RAG</option>
              @for (rag of rags; track rag.value) {
                <option [value]="rag.value" [selected]="filter().rag === rag.value">{{ rag.label }}</option>
              }
            </select>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" [for]="id('state')">State</label>
            <select class="govuk-select" [id]="id('state')" (change)="change('state', value($event))">
              <option value="" [selected]="filter().state === null">Any state</option>
              @for (state of states; track state.value) {
                <option [value]="state.value" [selected]="filter().state === state.value">{{ state.label }}</option>
              }
            </select>
          </div>
          <div class="govuk-form-group">
            <div class="govuk-checkboxes govuk-checkboxes--small wm-filters__check">
              <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" [id]="id('overdue')" type="checkbox" [checked]="filter().overdueOnly" (change)="change('overdueOnly', checked($event))" />
                <label class="govuk-label govuk-checkboxes__label" [for]="id('overdue')">Overdue only</label>
              </div>
            </div>
          </div>
        </div>
        @if (filtering()) {
          <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" (click)="clear.emit()">Clear filters</button>
        }
      </fieldset>
    </form>
  `,
  styles: `
    .wm-filters__row { display: flex; flex-wrap: wrap; gap: 0 20px; align-items: flex-end; }
    .wm-filters__row > .govuk-form-group { min-width: 0; max-width: 100%; }
    .wm-filters__row .govuk-select { max-width: 100%; }
    .wm-filters__check { padding-bottom: 4px; }
  `,
})
export class ActionFilters {
  readonly filter = input.required<ActionFilter>();
  readonly options = input.required<ActionFilterOptions>();
  /** Plural noun for the legend, e.g. "actions" (strategies may call them "commitments"). */
  readonly plural = input('actions');
  /** Prefix for element ids, when a page shows more than one filter form. */
  readonly idPrefix = input('filter');
  readonly filterChange = output<ActionFilter>();
  readonly clear = output<void>();

  protected readonly filtering = computed(() => isFiltering(this.filter()));
  protected readonly rags: ReadonlyArray<{ value: RagChoice; label: string }> = [
    { value: 'Red', label: 'Red' },
    { value: 'Amber', label: 'Amber' },
    { value: 'Green', label: 'Green' },
    { value: 'None', label: 'No RAG' },
  ];
  protected readonly states = (Object.keys(LIFECYCLE_WORD) as LifecycleValue[]).map((value) => ({
    value,
    label: LIFECYCLE_WORD[value],
  }));

  protected id(name: string): string {
    return `${this.idPrefix()}-${name}`;
  }
  protected value(event: Event): string | null {
    return (event.target as HTMLSelectElement).value || null;
  }
  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
  protected change<K extends keyof ActionFilter>(key: K, value: ActionFilter[K] | string | boolean | null): void {
    this.filterChange.emit({ ...this.filter(), [key]: value });
  }
}
