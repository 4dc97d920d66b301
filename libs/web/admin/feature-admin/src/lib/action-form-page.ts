import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AdminActionsDocument,
  AdminGroupsDocument,
  AdminOrganisationsDocument,
  AdminPeopleDocument,
  AdminStrategiesDocument,
  CreateActionDocument,
  UpdateActionDocument,
  type AdminGroupsQuery,
  type AdminOrganisationsQuery,
  type AdminPeopleQuery,
  type AdminStrategiesQuery,
  describeError,
} from '@waymark/web/shared/data-access';
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

type AdminStrategy = AdminStrategiesQuery['strategies'][number];

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

  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  protected readonly strategy = signal<AdminStrategy | null>(null);
  protected readonly organisations = signal<AdminOrganisationsQuery['organisations']>([]);
  protected readonly groups = signal<AdminGroupsQuery['groups']>([]);
  protected readonly people = signal<AdminPeopleQuery['people']>([]);
  protected readonly values = signal<ActionFormValues>(EMPTY_ACTION);
  protected readonly version = signal<number | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly saving = signal(false);
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
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [strategies, organisations, groups, people] = await Promise.all([
        firstValueFrom(this.apollo.query({ query: AdminStrategiesDocument })),
        firstValueFrom(this.apollo.query({ query: AdminOrganisationsDocument })),
        firstValueFrom(this.apollo.query({ query: AdminGroupsDocument })),
        firstValueFrom(this.apollo.query({ query: AdminPeopleDocument })),
      ]);
      const strategy = strategies.data?.strategies.find((s) => s.id === this.strategyId()) ?? null;
      if (!strategy) {
        this.loadError.set('This strategy could not be found.');
        return;
      }
      this.strategy.set(strategy);
      this.organisations.set(organisations.data?.organisations ?? []);
      this.groups.set(groups.data?.groups ?? []);
      this.people.set(people.data?.people ?? []);
      const id = this.actionId();
      if (id) {
        const actions = await firstValueFrom(
          this.apollo.query({ query: AdminActionsDocument, variables: { filter: { strategyId: strategy.id } } }),
        );
        const a = actions.data?.actions.find((x) => x.id === id);
        if (!a) {
          this.loadError.set('This action could not be found.');
          return;
        }
        this.version.set(a.version);
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
      } else {
        const themeId = strategy.themes.some((t) => t.id === this.themeId()) ? (this.themeId() ?? '') : '';
        const objectiveId = strategy.themes
          .find((t) => t.id === themeId)
          ?.objectives.some((o) => o.id === this.objectiveId())
          ? (this.objectiveId() ?? '')
          : '';
        this.values.set({ ...EMPTY_ACTION, themeId, objectiveId });
      }
      this.loaded.set(true);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
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
    this.saving.set(true);
    try {
      const id = this.actionId();
      if (id) {
        await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateActionDocument,
            variables: { input: toUpdateInput(id, this.version() ?? 0, values) },
          }),
        );
      } else {
        await firstValueFrom(
          this.apollo.mutate({ mutation: CreateActionDocument, variables: { input: toCreateInput(values) } }),
        );
      }
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
    } finally {
      this.saving.set(false);
    }
  }
}
