import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import { type ActionFormData, ActionFormStore, describeError } from '@waymark/web/shared/data-access';
import {
  ErrorSummary,
  LIFECYCLE_WORD,
  Loading,
  type ErrorSummaryItem,
  type LifecycleValue,
} from '@waymark/web/shared/ui';
import {
  EMPTY_ACTION,
  apiMessage,
  fieldId,
  formField,
  toCreateInput,
  toUpdateInput,
  validateAction,
  type ActionField,
  type ActionFormValues,
  type FormError,
} from './action-form-model';

const LABELS: Record<ActionField, string> = {
  themeId: 'Theme',
  objectiveId: 'Objective',
  title: 'Action title',
  description: 'Description',
  ref: 'Reference',
  leadOrganisationId: 'Lead organisation',
  leadPersonId: 'Lead officer',
  deliveryGroupId: 'Delivery group',
  startsOn: 'Start date',
  currentDueOn: 'Due date',
  lifecycleStatus: 'Status',
};

/** Add an action under a theme/objective, or change one: GOV.UK form, error summary, the API's field errors. */
@Component({
  selector: 'wm-action-form-page',
  imports: [RouterLink, NgTemplateOutlet, ErrorSummary, Loading],
  providers: [ActionFormStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-form-page.html',
})
export class ActionFormPage implements OnInit {
  readonly strategyId = input.required<string>();
  /** Set when editing (route `actions/:actionId/edit`). */
  readonly actionId = input<string | undefined>();
  /** Query parameters when adding: where the new action goes. */
  readonly themeId = input<string | undefined>();
  readonly objectiveId = input<string | undefined>();

  private readonly store = inject(ActionFormStore);
  private readonly router = inject(Router);
  protected readonly strategy = computed(() => this.store.form.value()?.strategy ?? null);
  protected readonly organisations = computed(() => this.store.form.value()?.organisations ?? []);
  protected readonly groups = computed(() => this.store.form.value()?.groups ?? []);
  protected readonly people = computed(() => this.store.form.value()?.people ?? []);
  protected readonly values = signal<ActionFormValues>(EMPTY_ACTION);
  private readonly version = computed(() => this.store.form.value()?.action?.version ?? null);
  protected readonly loadError = this.store.form.error;
  protected readonly loaded = this.store.form.loaded;
  protected readonly saving = this.store.form.busy;
  protected readonly errors = signal<readonly FormError[]>([]);
  protected readonly labels = LABELS;
  protected readonly fieldId = fieldId;
  protected readonly lifecycleOptions = Object.entries(LIFECYCLE_WORD) as [LifecycleValue, string][];

  protected readonly editing = computed(() => !!this.actionId());
  protected readonly objectives = computed(
    () => this.strategy()?.themes.find((t) => t.id === this.values().themeId)?.objectives ?? [],
  );
  protected readonly deliveryGroups = computed(() => {
    const delivery = this.groups().filter((g) => g.kind === 'DeliveryGroup' || g.kind === 'TaskAndFinishGroup');
    return delivery.length ? delivery : this.groups();
  });
  protected readonly summary = computed<ErrorSummaryItem[]>(() =>
    this.errors().map((e) => (e.field ? { fieldId: fieldId(e.field), message: e.message } : { message: e.message })),
  );

  ngOnInit(): void {
    void this.store.load(this.strategyId(), this.actionId(), (data) => this.open(data));
  }

  /** Fills the form from the action being changed, or places a new one where the page was asked to. */
  private open({ strategy, action: a }: ActionFormData): void {
    if (a) {
      this.values.set({
        themeId: a.themeId,
        objectiveId: a.objectiveId ?? '',
        title: a.title,
        description: a.description ?? '',
        ref: a.ref ?? '',
        leadOrganisationId: a.leadOrganisationId ?? '',
        leadPersonId: a.leadPersonId ?? '',
        deliveryGroupId: a.deliveryGroupId ?? '',
        startsOn: a.startsOn ?? '',
        currentDueOn: a.currentDueOn ?? '',
        lifecycleStatus: a.lifecycleStatus,
      });
      return;
    }
    const themeId = strategy.themes.some((t) => t.id === this.themeId()) ? (this.themeId() ?? '') : '';
    const objectiveId = strategy.themes
      .find((t) => t.id === themeId)
      ?.objectives.some((o) => o.id === this.objectiveId())
      ? (this.objectiveId() ?? '')
      : '';
    this.values.set({ ...EMPTY_ACTION, themeId, objectiveId });
  }

  protected set(field: ActionField, value: string): void {
    this.values.update((v) => {
      const next = { ...v, [field]: value };
      // An objective belongs to one theme: moving theme clears it.
      if (field === 'themeId' && v.themeId !== value) next.objectiveId = '';
      return next;
    });
  }

  protected errorFor(field: ActionField): string | null {
    return this.errors().find((e) => e.field === field)?.message ?? null;
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    const values = this.values();
    const problems = validateAction(values);
    this.errors.set(problems);
    if (problems.length) return;
    try {
      const id = this.actionId();
      if (id) await this.store.update(toUpdateInput(id, this.version() ?? 0, values));
      else await this.store.create(toCreateInput(values));
      await this.router.navigate(['/admin/strategies', this.strategyId()], {
        queryParams: { saved: values.title.trim(), verb: id ? 'changed' : 'added' },
      });
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'CONFLICT') {
        this.errors.set([
          {
            field: null,
            message:
              'Someone else changed this action while you were editing it. Reload the page to see their change, then make yours again.',
          },
        ]);
      } else if (problem.fields.length) {
        this.errors.set(
          problem.fields.map((f) => {
            const field = formField(f.field);
            return { field, message: apiMessage(field, f.message, LABELS) };
          }),
        );
      } else {
        this.errors.set([{ field: null, message: problem.message }]);
      }
    }
  }
}
