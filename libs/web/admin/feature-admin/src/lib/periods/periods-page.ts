import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PeriodsStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, NotificationBanner, TableScroll, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { PeriodDeleteConfirm } from './period-delete-confirm';
import { PeriodEditForm, type EditablePeriod } from './period-edit-form';

const STATE_WORD: Record<string, string> = { Open: 'Open', InReview: 'In review', SignedOff: 'Signed off' };
const FIELD_ID: Record<string, string> = {
  name: 'period-name',
  startsOn: 'period-starts-on',
  endsOn: 'period-ends-on',
  updateDeadline: 'period-deadline',
};

/** Reporting periods of each strategy: add one, change the dates of one not yet signed off, delete one nothing refers to. */
@Component({
  selector: 'wm-periods-page',
  imports: [RouterLink, ErrorSummary, Loading, NotificationBanner, TableScroll, PeriodEditForm, PeriodDeleteConfirm],
  providers: [PeriodsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin">Administration</a>
    <wm-error-summary [errors]="errors()" />
    @if (created(); as message) {
      <wm-notification-banner type="success">{{ message }}</wm-notification-banner>
    }
    <h1 class="govuk-heading-l">Reporting periods</h1>
    @if (!strategies()) {
      <wm-loading />
    } @else if (strategies()!.length === 0) {
      <p class="govuk-body">No strategies yet.</p>
    } @else {
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="period-strategy">Strategy</label>
        <select class="govuk-select" id="period-strategy" (change)="strategyId.set($any($event.target).value)">
          @for (s of strategies(); track s.id) {
            <option [value]="s.id" [selected]="s.id === strategyId()">{{ s.title }}</option>
          }
        </select>
      </div>
      @if (strategy(); as s) {
        @if (s.periods.length === 0) {
          <p class="govuk-body">This strategy has no reporting periods yet.</p>
        } @else {
          <wm-table-scroll [label]="'Periods of ' + s.title">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-table__caption--m">Periods of {{ s.title }}</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">Period</th>
                  <th scope="col" class="govuk-table__header">Starts</th>
                  <th scope="col" class="govuk-table__header">Ends</th>
                  <th scope="col" class="govuk-table__header">Update deadline</th>
                  <th scope="col" class="govuk-table__header">State</th>
                  <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
                  <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Reminders</span></th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                @for (p of s.periods; track p.id) {
                  <tr class="govuk-table__row">
                    <th scope="row" class="govuk-table__header">{{ p.name }}</th>
                    <td class="govuk-table__cell">{{ p.startsOn }}</td>
                    <td class="govuk-table__cell">{{ p.endsOn }}</td>
                    <td class="govuk-table__cell">{{ p.updateDeadline }}</td>
                    <td class="govuk-table__cell"><strong class="govuk-tag govuk-tag--grey">{{ stateWord[p.state] ?? p.state }}</strong></td>
                    <td class="govuk-table__cell">
                      @if (p.state !== 'SignedOff') {
                        <ul class="govuk-summary-list__actions-list">
                          <li class="govuk-summary-list__actions-list-item">
                            <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" (click)="open('edit', p)">Change<span class="govuk-visually-hidden"> {{ p.name }}</span></button>
                          </li>
                          <li class="govuk-summary-list__actions-list-item">
                            <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" (click)="open('delete', p)">Delete<span class="govuk-visually-hidden"> {{ p.name }}</span></button>
                          </li>
                        </ul>
                      }
                    </td>
                    <td class="govuk-table__cell"><a class="govuk-link" [routerLink]="['/admin/periods', p.id, 'cycle']">Cycle status<span class="govuk-visually-hidden"> of {{ p.name }}</span></a></td>
                  </tr>
                }
              </tbody>
            </table>
          </wm-table-scroll>
        }
        @if (editing(); as e) {
          @if (e.mode === 'edit') {
            <wm-period-edit-form [period]="e.period" (saved)="done('Reporting period changed: ' + $event)" (cancelled)="editing.set(null)" />
          } @else {
            <wm-period-delete-confirm [period]="e.period" (deleted)="done('Reporting period deleted: ' + $event)" (cancelled)="editing.set(null)" />
          }
        }
        <p class="govuk-body"><a class="govuk-link" [routerLink]="['/admin/strategies', s.id, 'reminders']">Reminder settings of {{ s.title }}</a></p>
        <h2 class="govuk-heading-m">Add a reporting period</h2>
        <form novalidate (submit)="create($event)" class="govuk-!-width-two-thirds">
          @for (f of fields; track f.key) {
            <div class="govuk-form-group" [class.govuk-form-group--error]="errorFor(f.key)">
              <label class="govuk-label" [for]="fieldId[f.key]">{{ f.label }}</label>
              @if (f.hint) {
                <div class="govuk-hint" [id]="fieldId[f.key] + '-hint'">{{ f.hint }}</div>
              }
              @if (errorFor(f.key); as message) {
                <p class="govuk-error-message" [id]="fieldId[f.key] + '-error'"><span class="govuk-visually-hidden">Error:</span> {{ message }}</p>
              }
              <input class="govuk-input" [class.govuk-input--width-10]="f.type === 'date'" [class.govuk-input--error]="errorFor(f.key)" [id]="fieldId[f.key]" [type]="f.type"
                [attr.aria-describedby]="f.hint ? fieldId[f.key] + '-hint' : null" [value]="form()[f.key]" (input)="setField(f.key, $any($event.target).value)" />
            </div>
          }
          <button type="submit" class="govuk-button" [disabled]="busy()">Add reporting period</button>
        </form>
      }
    }
  `,
})
export class PeriodsPage implements OnInit {
  private readonly store = inject(PeriodsStore);
  /** Null while loading; none when loading failed (the summary says why). */
  protected readonly strategies = computed(
    () => this.store.strategies.value() ?? (this.store.strategies.error() ? [] : null),
  );
  protected readonly strategyId = signal('');
  protected readonly strategy = computed(() => this.strategies()?.find((s) => s.id === this.strategyId()) ?? null);
  protected readonly form = signal<Record<string, string>>({ name: '', startsOn: '', endsOn: '', updateDeadline: '' });
  protected readonly fieldErrors = signal<{ key: string | null; message: string }[]>([]);
  protected readonly errors = computed<ErrorSummaryItem[]>(() => {
    const loadError = this.store.strategies.error();
    return [
      ...(loadError ? [{ message: loadError }] : []),
      ...this.fieldErrors().map((e) =>
        e.key ? { fieldId: FIELD_ID[e.key], message: e.message } : { message: e.message },
      ),
    ];
  });
  protected readonly busy = this.store.strategies.busy;
  protected readonly created = signal<string | null>(null);
  /** The period being changed or deleted, below the table. */
  protected readonly editing = signal<{ mode: 'edit' | 'delete'; period: EditablePeriod } | null>(null);
  protected readonly stateWord = STATE_WORD;
  protected readonly fieldId = FIELD_ID;
  protected readonly fields = [
    { key: 'name', label: 'Name', hint: 'For example, 2025/26 Q1', type: 'text' },
    { key: 'startsOn', label: 'Start date', hint: '', type: 'date' },
    { key: 'endsOn', label: 'End date', hint: '', type: 'date' },
    { key: 'updateDeadline', label: 'Update deadline', hint: 'When leads’ updates are due', type: 'date' },
  ] as const;

  constructor() {
    // The first strategy is chosen once the list arrives.
    effect(() => {
      const list = this.strategies();
      if (list?.length && !this.strategyId()) this.strategyId.set(list[0].id);
    });
  }

  ngOnInit(): void {
    void this.store.load();
  }

  protected open(mode: 'edit' | 'delete', period: EditablePeriod): void {
    this.created.set(null);
    this.editing.set({ mode, period });
  }

  protected done(message: string): void {
    this.editing.set(null);
    this.created.set(message);
  }

  protected errorFor(key: string): string | null {
    return this.fieldErrors().find((e) => e.key === key)?.message ?? null;
  }

  protected setField(key: string, value: string): void {
    this.form.update((f) => ({ ...f, [key]: value }));
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    const f = this.form();
    const problems: { key: string; message: string }[] = [];
    if (!f['name'].trim()) problems.push({ key: 'name', message: 'Enter the period’s name' });
    if (!f['startsOn']) problems.push({ key: 'startsOn', message: 'Enter the start date' });
    if (!f['endsOn']) problems.push({ key: 'endsOn', message: 'Enter the end date' });
    else if (f['startsOn'] && f['endsOn'] < f['startsOn'])
      problems.push({ key: 'endsOn', message: 'The end date must be after the start date' });
    if (!f['updateDeadline']) problems.push({ key: 'updateDeadline', message: 'Enter the update deadline' });
    this.fieldErrors.set(problems);
    this.created.set(null);
    if (problems.length) return;
    try {
      const input = {
        strategyId: this.strategyId(),
        name: f['name'].trim(),
        startsOn: f['startsOn'],
        endsOn: f['endsOn'],
        updateDeadline: f['updateDeadline'],
      };
      await this.store.create(input);
      this.created.set(`Reporting period added: ${input.name}`);
      this.form.set({ name: '', startsOn: '', endsOn: '', updateDeadline: '' });
    } catch (error) {
      const problem = describeError(error);
      this.fieldErrors.set(
        problem.fields.length
          ? problem.fields.map((p) => {
              const key = p.field.replace(/^input\./, '');
              return { key: key in FIELD_ID ? key : null, message: p.message };
            })
          : [{ key: null, message: problem.message }],
      );
    }
  }
}
