import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { type AdminIndicator, IndicatorAdminStore, describeError, fieldName } from '@waymark/web/shared/data-access';
import {
  ErrorSummary,
  Loading,
  NotificationBanner,
  type ErrorSummaryItem,
  formatWithUnit,
} from '@waymark/web/shared/ui';
import {
  EMPTY_INDICATOR_FORM,
  INDICATOR_FIELD_ID,
  type IndicatorForm,
  formOf,
  readIndicatorForm,
} from './indicator-form-model';

type Indicator = AdminIndicator;
type Problem = { field: keyof IndicatorForm | null; message: string };

const DIRECTION_WORD = { HigherIsBetter: 'Higher is better', LowerIsBetter: 'Lower is better' } as const;

/** A strategy's performance indicators for administrators: add, change, move up or down, archive. */
@Component({
  selector: 'wm-indicator-admin-page',
  imports: [RouterLink, ErrorSummary, Loading, NotificationBanner],
  providers: [IndicatorAdminStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-admin-page.html',
})
export class IndicatorAdminPage {
  /** Route parameter; absent on /admin/indicators, which shows the first strategy. */
  readonly strategyId = input<string | undefined>();
  private readonly store = inject(IndicatorAdminStore);
  private readonly router = inject(Router);
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');

  /** Null while loading; none when loading failed (the summary says why). */
  protected readonly strategies = computed(
    () => this.store.strategies.value() ?? (this.store.strategies.error() ? [] : null),
  );
  protected readonly chosenId = computed(() => this.strategyId() ?? this.strategies()?.[0]?.id ?? null);
  protected readonly strategy = computed(() => this.strategies()?.find((s) => s.id === this.chosenId()) ?? null);
  protected readonly indicators = computed(
    () => this.store.indicators.value() ?? (this.store.indicators.error() ? [] : null),
  );
  protected readonly notice = signal<string | null>(null);
  protected readonly problems = signal<Problem[]>([]);
  protected readonly errors = computed<ErrorSummaryItem[]>(() => [
    ...[this.store.strategies.error(), this.store.indicators.error()].flatMap((message) =>
      message ? [{ message }] : [],
    ),
    ...this.problems().map((p) =>
      p.field ? { fieldId: INDICATOR_FIELD_ID[p.field], message: p.message } : { message: p.message },
    ),
  ]);
  /** The indicator being changed (null: adding a new one). */
  protected readonly editing = signal<Indicator | null>(null);
  protected readonly archiving = signal<Indicator | null>(null);
  protected readonly form = signal<IndicatorForm>(EMPTY_INDICATOR_FORM);
  protected readonly busy = this.store.indicators.busy;
  protected readonly fieldId = INDICATOR_FIELD_ID;
  protected readonly directionWord = DIRECTION_WORD;
  protected readonly numberFields: ReadonlyArray<{
    key: 'baseline' | 'target' | 'tolerance';
    label: string;
    hint: string;
  }> = [
    { key: 'baseline', label: 'Baseline (optional)', hint: 'The value when the strategy started' },
    { key: 'target', label: 'Target (optional)', hint: 'The value to reach' },
    {
      key: 'tolerance',
      label: 'Tolerance (optional)',
      hint: 'How far short of the target still counts as within tolerance, in the same unit. Leave empty for none.',
    },
  ];

  constructor() {
    void this.store.loadStrategies();
    effect(() => {
      const id = this.chosenId();
      if (id) void this.store.loadIndicators(id);
    });
  }

  protected choose(strategyId: string): void {
    void this.router.navigate(['/admin/strategies', strategyId, 'indicators']);
  }

  protected shown(value: number | null, unit: string): string {
    return value === null ? 'Not set' : formatWithUnit(value, unit);
  }

  protected errorFor(field: keyof IndicatorForm): string | null {
    return this.problems().find((p) => p.field === field)?.message ?? null;
  }

  protected set(field: keyof IndicatorForm, value: string): void {
    this.form.update((f) => ({ ...f, [field]: value }));
  }

  protected change(indicator: Indicator): void {
    this.reset();
    this.editing.set(indicator);
    this.form.set(
      formOf({
        ...indicator,
        baseline: indicator.baseline ?? null,
        target: indicator.target ?? null,
        tolerance: indicator.tolerance ?? null,
      }),
    );
    setTimeout(() => this.formHeading()?.nativeElement.focus());
  }

  protected cancel(): void {
    this.reset();
    this.form.set(EMPTY_INDICATOR_FORM);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const strategyId = this.chosenId();
    const { fields, problems } = readIndicatorForm(this.form());
    if (!fields || !strategyId) {
      this.problems.set(problems);
      return;
    }
    const editing = this.editing();
    await this.run(async () => {
      await this.store.save(editing ?? undefined, fields);
      this.form.set(EMPTY_INDICATOR_FORM);
      this.editing.set(null);
      return `${fields.name} ${editing ? 'changed' : 'added'}.`;
    });
  }

  protected async move(indicator: Indicator, direction: 'Up' | 'Down', position: number, total: number): Promise<void> {
    await this.run(async () => {
      await this.store.move(indicator, direction);
      return `${indicator.name} moved ${direction === 'Up' ? 'up' : 'down'}: now ${direction === 'Up' ? position - 1 : position + 1} of ${total}.`;
    });
  }

  protected askArchive(indicator: Indicator): void {
    this.reset();
    this.archiving.set(indicator);
  }

  protected async archive(indicator: Indicator): Promise<void> {
    await this.run(async () => {
      await this.store.archive(indicator);
      this.archiving.set(null);
      return `${indicator.name} archived. Its recorded values are kept.`;
    });
  }

  private reset(): void {
    this.problems.set([]);
    this.notice.set(null);
    this.editing.set(null);
    this.archiving.set(null);
  }

  /**
   * Runs a write (the store reloads the list inside it), then announces the write's message, so the banner never
   * appears above a list that does not show the change yet. A conflict reloads and says so.
   */
  private async run(write: () => Promise<string>): Promise<void> {
    this.problems.set([]);
    this.notice.set(null);
    try {
      this.notice.set(await write());
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'CONFLICT') {
        this.problems.set([
          {
            field: null,
            message:
              'Someone else changed these indicators since you loaded the page. The list now shows their change; try again.',
          },
        ]);
        this.editing.set(null);
        this.archiving.set(null);
        await this.store.reload();
      } else if (problem.fields.length) {
        this.problems.set(
          problem.fields.map((f) => ({
            field: (fieldName(f) in INDICATOR_FIELD_ID ? fieldName(f) : null) as keyof IndicatorForm | null,
            message: `${f.message}`,
          })),
        );
      } else {
        this.problems.set([{ field: null, message: problem.message }]);
      }
    }
  }
}
