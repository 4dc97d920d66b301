import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  type LifecycleStatus,
  type OwedUpdateFieldsFragment,
  type Rag,
  SaveProgressUpdateDocument,
  SubmitProgressUpdateDocument,
  type UpdateFieldsFragment,
  OwedUpdatesDocument,
  UpdateFormStrategyDocument,
  WithdrawProgressUpdateDocument,
  type UpdateFormStrategyQuery,
  describeError,
  fieldName,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, LIFECYCLE_WORD, Loading, NotificationBanner, RagTag, ReviewStateTag } from '@waymark/web/shared/ui';

export const NARRATIVE_MAX = 20_000;
const RAG_LIFECYCLES: readonly LifecycleStatus[] = ['InProgress', 'Ongoing'];
const FIELD_IDS: Record<string, string> = {
  narrative: 'narrative',
  proposedRag: 'rag-Red',
  percentComplete: 'percent',
  lifecycleStatus: 'lifecycle',
};

/** The other person's change, kept beside the lead's unsaved text after a CONFLICT. */
export interface ConflictView {
  readonly narrative: string | null;
  readonly proposedRag: string | null;
  readonly authorName: string | null;
  readonly reviewState: string | null;
}

@Component({
  selector: 'wm-update-form-page',
  imports: [ReactiveFormsModule, RouterLink, DatePipe, ErrorSummary, Loading, NotificationBanner, RagTag, ReviewStateTag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './update-form-page.html',
  // A locked (submitted or accepted) update still shows the RAG definitions: GOV.UK Frontend fades the hints of
  // disabled radios to 50% opacity, which fails contrast on text the reader still needs.
  styles: `
    .govuk-radios__input:disabled ~ .govuk-radios__hint { opacity: 1; }
  `,
})
export class UpdateFormPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();
  readonly actionId = input.required<string>();

  protected readonly lifecycleWord = LIFECYCLE_WORD;
  protected readonly lifecycles = Object.keys(LIFECYCLE_WORD) as LifecycleStatus[];
  protected readonly rags: readonly Rag[] = ['Red', 'Amber', 'Green'];
  protected readonly narrativeMax = NARRATIVE_MAX;

  protected readonly strategy = signal<UpdateFormStrategyQuery['strategy'] | null>(null);
  protected readonly owed = signal<OwedUpdateFieldsFragment | null>(null);
  protected readonly update = signal<UpdateFieldsFragment | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly conflict = signal<ConflictView | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    lifecycleStatus: ['InProgress' as LifecycleStatus],
    proposedRag: [null as Rag | null],
    percentComplete: [''],
    narrative: [''],
  });
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly needsRag = computed(() => RAG_LIFECYCLES.includes(this.values().lifecycleStatus ?? 'NotStarted'));
  protected readonly remaining = computed(() => NARRATIVE_MAX - (this.values().narrative ?? '').length);
  /** A signed-off period is locked whatever the update's state: no button that the API would refuse. */
  protected readonly periodSignedOff = computed(() => this.owed()?.period.state === 'SignedOff');
  protected readonly editable = computed(() => {
    const state = this.update()?.reviewState;
    return !this.periodSignedOff() && (!state || state === 'Draft' || state === 'Returned');
  });
  /** Submitted and no reviewer has accepted, returned or validated it since: the lead may take it back. */
  protected readonly withdrawable = computed(() => {
    const update = this.update();
    return !this.periodSignedOff() && update?.reviewState === 'Submitted' && !reviewedSinceSubmitted(update);
  });
  protected readonly fieldErrors = computed(() => new Map(this.errors().filter((e) => e.fieldId).map((e) => [e.fieldId as string, e.message])));

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [strategy, owedUpdates] = await Promise.all([
        firstValueFrom(this.apollo.query({ query: UpdateFormStrategyDocument, variables: { strategyId: this.strategyId() }, fetchPolicy: 'network-only' })),
        firstValueFrom(this.apollo.query({ query: OwedUpdatesDocument, variables: { periodId: this.periodId() }, fetchPolicy: 'network-only' })),
      ]);
      const owed = owedUpdates.data?.myUpdates.find((o) => o.actionId === this.actionId() && o.period.id === this.periodId()) ?? null;
      this.strategy.set(strategy.data?.strategy ?? null);
      if (!owed) {
        this.loadError.set('This action is not one you owe an update on for this period.');
        return;
      }
      this.owed.set(owed);
      this.update.set(owed.update ?? null);
      const start = owed.update ?? owed.previousUpdate;
      this.form.setValue({
        lifecycleStatus: start?.lifecycleStatus ?? owed.actionLifecycleStatus,
        proposedRag: start?.proposedRag ?? null,
        percentComplete: start?.percentComplete == null ? '' : String(start.percentComplete),
        narrative: owed.update?.narrative ?? '',
      });
      if (!this.editable()) this.form.disable();
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  protected ragDefinition(rag: Rag): string {
    const definitions = this.strategy()?.ragDefinitions;
    if (!definitions) return '';
    return rag === 'Red' ? definitions.red : rag === 'Amber' ? definitions.amber : definitions.green;
  }

  /** Browser-side checks; `forSubmit` adds what a submitted update must have. */
  private validate(forSubmit: boolean): ErrorSummaryItem[] {
    const { narrative, percentComplete, proposedRag } = this.form.getRawValue();
    const problems: ErrorSummaryItem[] = [];
    if (forSubmit && this.needsRag() && !proposedRag) problems.push({ fieldId: 'rag-Red', message: 'Select a RAG status' });
    if (percentComplete.trim() !== '' && !/^(100|[1-9]?\d)$/.test(percentComplete.trim()))
      problems.push({ fieldId: 'percent', message: 'Percent complete must be a whole number from 0 to 100' });
    if (forSubmit && !narrative.trim()) problems.push({ fieldId: 'narrative', message: 'Enter your progress update' });
    if (narrative.length > NARRATIVE_MAX) problems.push({ fieldId: 'narrative', message: `Progress update must be ${NARRATIVE_MAX} characters or fewer` });
    return problems;
  }

  /** Enter in a single-line field submits the form: that only ever saves a draft, never submits for review. */
  protected async onFormSubmit(): Promise<void> {
    if (this.editable() && !this.busy()) await this.saveDraft();
  }

  protected async saveDraft(): Promise<void> {
    const saved = await this.persist(false);
    if (saved) this.saved.set('Your draft has been saved.');
  }

  protected async submit(): Promise<void> {
    const saved = await this.persist(true);
    if (!saved) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: SubmitProgressUpdateDocument, variables: { input: { id: saved.id, version: saved.version } } }));
      await this.router.navigate(['/my-updates'], { queryParams: { submitted: this.owed()?.actionTitle } });
    } catch (error) {
      this.showProblem(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async withdraw(): Promise<void> {
    const update = this.update();
    if (!update) return;
    this.saved.set(null);
    this.errors.set([]);
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: WithdrawProgressUpdateDocument, variables: { input: { id: update.id, version: update.version } } }),
      );
      this.update.set(result.data?.withdrawProgressUpdate ?? null);
      this.form.enable();
      this.saved.set('Your update has been withdrawn. It is a draft again: change it and submit it for review when it is ready.');
    } catch (error) {
      this.showProblem(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async persist(forSubmit: boolean): Promise<UpdateFieldsFragment | null> {
    this.saved.set(null);
    const problems = this.validate(forSubmit);
    this.errors.set(problems);
    if (problems.length > 0) return null;
    const { narrative, percentComplete, proposedRag, lifecycleStatus } = this.form.getRawValue();
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: SaveProgressUpdateDocument,
          variables: {
            input: {
              actionId: this.actionId(),
              periodId: this.periodId(),
              narrative,
              lifecycleStatus,
              proposedRag: this.needsRag() ? proposedRag : null,
              percentComplete: percentComplete.trim() === '' ? null : Number(percentComplete),
              version: this.update()?.version ?? null,
            },
          },
        }),
      );
      const saved = result.data?.saveProgressUpdate ?? null;
      this.update.set(saved);
      this.conflict.set(null);
      return saved;
    } catch (error) {
      this.showProblem(error);
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  private showProblem(error: unknown): void {
    const problem = describeError(error);
    if (problem.code === 'CONFLICT') {
      const current = problem.current ?? {};
      const text = (key: string) => (typeof current[key] === 'string' ? (current[key] as string) : null);
      this.conflict.set({ narrative: text('narrative'), proposedRag: text('proposedRag'), authorName: text('authorName'), reviewState: text('reviewState') });
      // Saving again deliberately replaces their version with the text still in this form.
      const version = current['version'];
      const existing = this.update();
      if (typeof version === 'number' && existing) this.update.set({ ...existing, version });
      this.errors.set([{ message: 'Someone else changed this update while you were editing it. Your text has not been saved and is still below.' }]);
      return;
    }
    if (problem.fields.length > 0) {
      this.errors.set(problem.fields.map((f) => ({ fieldId: FIELD_IDS[fieldName(f)] ?? undefined, message: `${fieldLabel(fieldName(f))} ${f.message}` })));
      return;
    }
    this.errors.set([{ message: problem.message }]);
  }
}

// reviewedAt survives a return and resubmission, so only a review later than the submission counts.
function reviewedSinceSubmitted(update: UpdateFieldsFragment): boolean {
  if (!update.reviewedAt) return false;
  return !update.submittedAt || new Date(update.reviewedAt).getTime() >= new Date(update.submittedAt).getTime();
}

function fieldLabel(field: string): string {
  const labels: Record<string, string> = {
    narrative: 'Progress update',
    proposedRag: 'RAG status',
    percentComplete: 'Percent complete',
    lifecycleStatus: 'Status',
  };
  return labels[field] ?? field;
}
