import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { type AdminStrategy, StrategyAdminStore } from '@waymark/web/shared/data-access';
import { EditForm } from '../forms/edit-form';
import { type FieldOption, FormField } from '../forms/form-field';
import { type AfterSave, FormPage } from '../forms/form-page';
import { EMPTY_STRATEGY, GROUP_KIND_WORD, type StrategyValues, strategyInput, strategySpec } from '../forms/specs';

const CADENCES: FieldOption[] = [
  { value: 'Monthly', label: 'Monthly' },
  { value: 'Quarterly', label: 'Quarterly' },
  { value: 'HalfYearly', label: 'Half-yearly' },
  { value: 'Annual', label: 'Annual' },
];

/** The strategy as the form's values. */
const strategyValues = (s: AdminStrategy): StrategyValues => ({
  title: s.title,
  shortTitle: s.shortTitle ?? '',
  startsOn: s.startsOn,
  endsOn: s.endsOn,
  description: s.description ?? '',
  themeLabel: s.themeLabel,
  objectiveLabel: s.objectiveLabel,
  actionLabel: s.actionLabel,
  hasObjectiveLevel: s.hasObjectiveLevel,
  reportingCadence: s.reportingCadence,
  accountableGroupId: s.accountableGroupId ?? '',
  parentStrategyId: s.parentStrategyId ?? '',
  ragRed: s.ragDefinitions.red,
  ragAmber: s.ragDefinitions.amber,
  ragGreen: s.ragDefinitions.green,
});

/** Create a strategy or change one: title, dates, description, level labels, cadence, ownership, RAG definitions. */
@Component({
  selector: 'wm-strategy-form-page',
  imports: [FormPage, FormField],
  providers: [StrategyAdminStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = form.values();
    <wm-form-page
      [form]="form"
      [state]="store.strategy"
      [save]="save"
      [back]="back()"
      caption="Administration"
      [heading]="heading()"
      [submitLabel]="strategyId() ? 'Save changes' : 'Create strategy'"
    >
      <wm-field
        [fieldId]="form.id('title')"
        label="Title"
        hint="For example, Hate Crime Strategy 2025 to 2028"
        [required]="true"
        [error]="form.errorFor('title')"
        [value]="v.title"
        (valueChange)="form.set('title', $event)"
      />
      <wm-field
        [fieldId]="form.id('shortTitle')"
        label="Short title (optional)"
        hint="Used where space is tight, such as table headings"
        width="20"
        [error]="form.errorFor('shortTitle')"
        [value]="v.shortTitle"
        (valueChange)="form.set('shortTitle', $event)"
      />
      <wm-field
        [fieldId]="form.id('startsOn')"
        label="Start date"
        kind="date"
        width="10"
        [required]="true"
        [error]="form.errorFor('startsOn')"
        [value]="v.startsOn"
        (valueChange)="form.set('startsOn', $event)"
      />
      <wm-field
        [fieldId]="form.id('endsOn')"
        label="End date"
        kind="date"
        width="10"
        [required]="true"
        [error]="form.errorFor('endsOn')"
        [value]="v.endsOn"
        (valueChange)="form.set('endsOn', $event)"
      />
      <wm-field
        [fieldId]="form.id('description')"
        label="Description (optional)"
        kind="textarea"
        [rows]="5"
        [error]="form.errorFor('description')"
        [value]="v.description"
        (valueChange)="form.set('description', $event)"
      />

      <h2 class="govuk-heading-m">Levels</h2>
      <wm-field
        [fieldId]="form.id('themeLabel')"
        label="What the top level is called"
        hint="For example, Strategic Aim, Priority or Key objective"
        width="20"
        [required]="true"
        [error]="form.errorFor('themeLabel')"
        [value]="v.themeLabel"
        (valueChange)="form.set('themeLabel', $event)"
      />
      <wm-field
        [fieldId]="form.id('hasObjectiveLevel')"
        kind="checkbox"
        label="This strategy has an objective level"
        hint="Untick when actions sit directly under the top level"
        [error]="form.errorFor('hasObjectiveLevel')"
        [checked]="v.hasObjectiveLevel"
        (checkedChange)="form.set('hasObjectiveLevel', $event)"
      />
      <wm-field
        [fieldId]="form.id('objectiveLabel')"
        label="What the objective level is called"
        width="20"
        [required]="true"
        [error]="form.errorFor('objectiveLabel')"
        [value]="v.objectiveLabel"
        (valueChange)="form.set('objectiveLabel', $event)"
      />
      <wm-field
        [fieldId]="form.id('actionLabel')"
        label="What an action is called"
        hint="For example, Action or We will"
        width="20"
        [required]="true"
        [error]="form.errorFor('actionLabel')"
        [value]="v.actionLabel"
        (valueChange)="form.set('actionLabel', $event)"
      />

      <h2 class="govuk-heading-m">Reporting</h2>
      <wm-field
        [fieldId]="form.id('reportingCadence')"
        label="Reporting cadence"
        kind="select"
        [options]="cadences"
        [error]="form.errorFor('reportingCadence')"
        [value]="v.reportingCadence"
        (valueChange)="form.set('reportingCadence', $event)"
      />
      <wm-field
        [fieldId]="form.id('accountableGroupId')"
        label="Accountable group (optional)"
        kind="select"
        hint="The group whose senior officers review updates and sign off periods"
        [options]="groupOptions()"
        [error]="form.errorFor('accountableGroupId')"
        [value]="v.accountableGroupId"
        (valueChange)="form.set('accountableGroupId', $event)"
      />
      <wm-field
        [fieldId]="form.id('parentStrategyId')"
        label="Parent strategy (optional)"
        kind="select"
        hint="For an annual plan under a longer strategy"
        [options]="parentOptions()"
        [error]="form.errorFor('parentStrategyId')"
        [value]="v.parentStrategyId"
        (valueChange)="form.set('parentStrategyId', $event)"
      />

      <h2 class="govuk-heading-m">RAG definitions</h2>
      <p class="govuk-body">
        Shown to leads and reviewers wherever a RAG is chosen. Leave empty to use the partnership’s definitions.
      </p>
      <wm-field
        [fieldId]="form.id('ragRed')"
        label="Red means (optional)"
        kind="textarea"
        [rows]="2"
        [error]="form.errorFor('ragRed')"
        [value]="v.ragRed"
        (valueChange)="form.set('ragRed', $event)"
      />
      <wm-field
        [fieldId]="form.id('ragAmber')"
        label="Amber means (optional)"
        kind="textarea"
        [rows]="2"
        [error]="form.errorFor('ragAmber')"
        [value]="v.ragAmber"
        (valueChange)="form.set('ragAmber', $event)"
      />
      <wm-field
        [fieldId]="form.id('ragGreen')"
        label="Green means (optional)"
        kind="textarea"
        [rows]="2"
        [error]="form.errorFor('ragGreen')"
        [value]="v.ragGreen"
        (valueChange)="form.set('ragGreen', $event)"
      />
    </wm-form-page>
  `,
})
export class StrategyFormPage implements OnInit {
  /** Set when changing (route `strategies/:strategyId/edit`). */
  readonly strategyId = input<string | undefined>();
  protected readonly store = inject(StrategyAdminStore);
  protected readonly form = new EditForm(strategySpec, EMPTY_STRATEGY);
  protected readonly cadences = CADENCES;
  protected readonly heading = computed(() => (this.strategyId() ? 'Change strategy details' : 'Create a strategy'));
  protected readonly back = computed(() => (this.strategyId() ? ['/admin/strategies', this.strategyId()] : ['/admin']));
  protected readonly groupOptions = computed<FieldOption[]>(() => [
    { value: '', label: 'None' },
    ...this.store.groups().map((g) => ({ value: g.id, label: `${g.name} (${GROUP_KIND_WORD[g.kind] ?? g.kind})` })),
  ]);
  protected readonly parentOptions = computed<FieldOption[]>(() => [
    { value: '', label: 'None' },
    ...this.store
      .strategies()
      .filter((s) => s.id !== this.strategyId())
      .map((s) => ({ value: s.id, label: s.title })),
  ]);

  ngOnInit(): void {
    void this.store.load(this.strategyId(), {
      withChoices: true,
      open: (s) => this.form.reset(strategyValues(s), s.version),
    });
  }

  protected readonly save = async (values: StrategyValues, version: number): Promise<AfterSave> => {
    const id = this.strategyId();
    const savedId = await this.store.saveStrategy({ id, version }, strategyInput(values));
    return {
      to: ['/admin/strategies', savedId],
      notice: `${id ? 'Strategy changed' : 'Strategy created'}: ${values.title.trim()}`,
    };
  };
}
