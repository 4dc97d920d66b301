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
        [form]="form"
        field="title"
        label="Title"
        hint="For example, Hate Crime Strategy 2025 to 2028"
        [required]="true"
      />
      <wm-field
        [form]="form"
        field="shortTitle"
        label="Short title (optional)"
        hint="Used where space is tight, such as table headings"
        width="20"
      />
      <wm-field
        [form]="form"
        field="startsOn"
        label="Start date"
        kind="date"
        width="10"
        [required]="true"
      />
      <wm-field
        [form]="form"
        field="endsOn"
        label="End date"
        kind="date"
        width="10"
        [required]="true"
      />
      <wm-field
        [form]="form"
        field="description"
        label="Description (optional)"
        kind="textarea"
        [rows]="5"
      />

      <h2 class="govuk-heading-m">Levels</h2>
      <wm-field
        [form]="form"
        field="themeLabel"
        label="What the top level is called"
        hint="For example, Strategic Aim, Priority or Key objective"
        width="20"
        [required]="true"
      />
      <wm-field
        [form]="form"
        field="hasObjectiveLevel"
        kind="checkbox"
        label="This strategy has an objective level"
        hint="Untick when actions sit directly under the top level"
      />
      <wm-field
        [form]="form"
        field="objectiveLabel"
        label="What the objective level is called"
        width="20"
        [required]="true"
      />
      <wm-field
        [form]="form"
        field="actionLabel"
        label="What an action is called"
        hint="For example, Action or We will"
        width="20"
        [required]="true"
      />

      <h2 class="govuk-heading-m">Reporting</h2>
      <wm-field
        [form]="form"
        field="reportingCadence"
        label="Reporting cadence"
        kind="select"
        [options]="cadences"
      />
      <wm-field
        [form]="form"
        field="accountableGroupId"
        label="Accountable group (optional)"
        kind="select"
        hint="The group whose senior officers review updates and sign off periods"
        [options]="groupOptions()"
      />
      <wm-field
        [form]="form"
        field="parentStrategyId"
        label="Parent strategy (optional)"
        kind="select"
        hint="For an annual plan under a longer strategy"
        [options]="parentOptions()"
      />

      <h2 class="govuk-heading-m">RAG definitions</h2>
      <p class="govuk-body">
        Shown to leads and reviewers wherever a RAG is chosen. Leave empty to use the partnership’s definitions.
      </p>
      <wm-field
        [form]="form"
        field="ragRed"
        label="Red means (optional)"
        kind="textarea"
        [rows]="2"
      />
      <wm-field
        [form]="form"
        field="ragAmber"
        label="Amber means (optional)"
        kind="textarea"
        [rows]="2"
      />
      <wm-field
        [form]="form"
        field="ragGreen"
        label="Green means (optional)"
        kind="textarea"
        [rows]="2"
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
