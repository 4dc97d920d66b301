import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AdminStrategyChoicesDocument,
  AdminStrategyDetailDocument,
  CreateStrategyDocument,
  UpdateStrategyDocument,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading } from '@waymark/web/shared/ui';
import { ConflictNotice } from '../forms/conflict-notice';
import { EditForm } from '../forms/edit-form';
import { type FieldOption, FormField } from '../forms/form-field';
import { EMPTY_STRATEGY, GROUP_KIND_WORD, strategyInput, strategySpec } from '../forms/specs';

const CADENCES: FieldOption[] = [
  { value: 'Monthly', label: 'Monthly' },
  { value: 'Quarterly', label: 'Quarterly' },
  { value: 'HalfYearly', label: 'Half-yearly' },
  { value: 'Annual', label: 'Annual' },
];

/** Create a strategy or change one: title, dates, description, level labels, cadence, ownership, RAG definitions. */
@Component({
  selector: 'wm-strategy-form-page',
  imports: [RouterLink, ErrorSummary, Loading, FormField, ConflictNotice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="back()">Back</a>
    @if (loadError(); as message) {
      <h1 class="govuk-heading-l">{{ heading() }}</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (!loaded()) {
      <wm-loading />
    } @else {
      @let v = form.values();
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <wm-error-summary [errors]="form.summary()" />
          <wm-conflict-notice [values]="form.conflict()" />
          <span class="govuk-caption-l">Administration</span>
          <h1 class="govuk-heading-l">{{ heading() }}</h1>
          <form novalidate (submit)="save($event)">
            <wm-field [fieldId]="form.id('title')" label="Title" hint="For example, Hate Crime Strategy 2025 to 2028" [required]="true"
              [error]="form.errorFor('title')" [value]="v.title" (valueChange)="form.set('title', $event)" />
            <wm-field [fieldId]="form.id('shortTitle')" label="Short title (optional)" hint="Used where space is tight, such as table headings" width="20"
              [error]="form.errorFor('shortTitle')" [value]="v.shortTitle" (valueChange)="form.set('shortTitle', $event)" />
            <wm-field [fieldId]="form.id('startsOn')" label="Start date" kind="date" width="10" [required]="true"
              [error]="form.errorFor('startsOn')" [value]="v.startsOn" (valueChange)="form.set('startsOn', $event)" />
            <wm-field [fieldId]="form.id('endsOn')" label="End date" kind="date" width="10" [required]="true"
              [error]="form.errorFor('endsOn')" [value]="v.endsOn" (valueChange)="form.set('endsOn', $event)" />
            <wm-field [fieldId]="form.id('description')" label="Description (optional)" kind="textarea" [rows]="5"
              [error]="form.errorFor('description')" [value]="v.description" (valueChange)="form.set('description', $event)" />

            <h2 class="govuk-heading-m">Levels</h2>
            <wm-field [fieldId]="form.id('themeLabel')" label="What the top level is called" hint="For example, Strategic Aim, Priority or Key objective" width="20" [required]="true"
              [error]="form.errorFor('themeLabel')" [value]="v.themeLabel" (valueChange)="form.set('themeLabel', $event)" />
            <wm-field [fieldId]="form.id('hasObjectiveLevel')" kind="checkbox" label="This strategy has an objective level"
              hint="Untick when actions sit directly under the top level" [error]="form.errorFor('hasObjectiveLevel')"
              [checked]="v.hasObjectiveLevel" (checkedChange)="form.set('hasObjectiveLevel', $event)" />
            <wm-field [fieldId]="form.id('objectiveLabel')" label="What the objective level is called" width="20" [required]="true"
              [error]="form.errorFor('objectiveLabel')" [value]="v.objectiveLabel" (valueChange)="form.set('objectiveLabel', $event)" />
            <wm-field [fieldId]="form.id('actionLabel')" label="What an action is called" hint="For example, Action or We will" width="20" [required]="true"
              [error]="form.errorFor('actionLabel')" [value]="v.actionLabel" (valueChange)="form.set('actionLabel', $event)" />

            <h2 class="govuk-heading-m">Reporting</h2>
            <wm-field [fieldId]="form.id('reportingCadence')" label="Reporting cadence" kind="select" [options]="cadences"
              [error]="form.errorFor('reportingCadence')" [value]="v.reportingCadence" (valueChange)="form.set('reportingCadence', $event)" />
            <wm-field [fieldId]="form.id('accountableGroupId')" label="Accountable group (optional)" kind="select" hint="The group whose senior officers review updates and sign off periods"
              [options]="groupOptions()" [error]="form.errorFor('accountableGroupId')" [value]="v.accountableGroupId" (valueChange)="form.set('accountableGroupId', $event)" />
            <wm-field [fieldId]="form.id('parentStrategyId')" label="Parent strategy (optional)" kind="select" hint="For an annual plan under a longer strategy"
              [options]="parentOptions()" [error]="form.errorFor('parentStrategyId')" [value]="v.parentStrategyId" (valueChange)="form.set('parentStrategyId', $event)" />

            <h2 class="govuk-heading-m">RAG definitions</h2>
            <p class="govuk-body">Shown to leads and reviewers wherever a RAG is chosen. Leave empty to use the partnership’s definitions.</p>
            <wm-field [fieldId]="form.id('ragRed')" label="Red means (optional)" kind="textarea" [rows]="2"
              [error]="form.errorFor('ragRed')" [value]="v.ragRed" (valueChange)="form.set('ragRed', $event)" />
            <wm-field [fieldId]="form.id('ragAmber')" label="Amber means (optional)" kind="textarea" [rows]="2"
              [error]="form.errorFor('ragAmber')" [value]="v.ragAmber" (valueChange)="form.set('ragAmber', $event)" />
            <wm-field [fieldId]="form.id('ragGreen')" label="Green means (optional)" kind="textarea" [rows]="2"
              [error]="form.errorFor('ragGreen')" [value]="v.ragGreen" (valueChange)="form.set('ragGreen', $event)" />

            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" [disabled]="form.saving()">{{ strategyId() ? 'Save changes' : 'Create strategy' }}</button>
              <a class="govuk-link" [routerLink]="back()">Cancel</a>
            </div>
          </form>
        </div>
      </div>
    }
  `,
})
export class StrategyFormPage implements OnInit {
  /** Set when changing (route `strategies/:strategyId/edit`). */
  readonly strategyId = input<string | undefined>();
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  protected readonly form = new EditForm(strategySpec, EMPTY_STRATEGY);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly cadences = CADENCES;
  private readonly groups = signal<{ id: string; name: string; kind: string }[]>([]);
  private readonly strategies = signal<{ id: string; title: string }[]>([]);
  protected readonly heading = computed(() => (this.strategyId() ? 'Change strategy details' : 'Create a strategy'));
  protected readonly back = computed(() => (this.strategyId() ? ['/admin/strategies', this.strategyId()] : ['/admin']));
  protected readonly groupOptions = computed<FieldOption[]>(() => [
    { value: '', label: 'None' },
    ...this.groups().map((g) => ({ value: g.id, label: `${g.name} (${GROUP_KIND_WORD[g.kind] ?? g.kind})` })),
  ]);
  protected readonly parentOptions = computed<FieldOption[]>(() => [
    { value: '', label: 'None' },
    ...this.strategies()
      .filter((s) => s.id !== this.strategyId())
      .map((s) => ({ value: s.id, label: s.title })),
  ]);

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const choices = await firstValueFrom(this.apollo.query({ query: AdminStrategyChoicesDocument }));
      this.groups.set(choices.data?.groups ?? []);
      this.strategies.set(choices.data?.strategies ?? []);
      const id = this.strategyId();
      if (id) {
        const result = await firstValueFrom(this.apollo.query({ query: AdminStrategyDetailDocument, variables: { id } }));
        const s = result.data?.strategy;
        if (!s) throw new Error('This strategy could not be found.');
        this.form.reset(
          {
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
          },
          s.version,
        );
      }
      this.loaded.set(true);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const id = this.strategyId();
    let savedId = id ?? '';
    const ok = await this.form.submit(async (values, version) => {
      if (id) {
        await firstValueFrom(this.apollo.mutate({ mutation: UpdateStrategyDocument, variables: { input: { id, version, ...strategyInput(values) } } }));
      } else {
        const result = await firstValueFrom(this.apollo.mutate({ mutation: CreateStrategyDocument, variables: { input: strategyInput(values) } }));
        savedId = result.data?.createStrategy.id ?? '';
      }
    });
    if (ok) {
      const title = this.form.values().title.trim();
      await this.router.navigate(['/admin/strategies', savedId], { queryParams: { notice: `${id ? 'Strategy changed' : 'Strategy created'}: ${title}` } });
    }
  }
}
