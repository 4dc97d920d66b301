import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { DatePipe } from '@angular/common';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type LifecycleStatus,
  ProgressStore,
  type Rag,
  type UpdateFieldsFragment,
  SessionStore,
  describeError,
  fieldName,
  isUnauthenticated,
} from '@waymark/web/shared/data-access';
import {
  ErrorSummary,
  type ErrorSummaryItem,
  LIFECYCLE_WORD,
  Loading,
  NotificationBanner,
  RagTag,
  ReviewStateTag,
} from '@waymark/web/shared/ui';
import { SaveScheduler } from './save-scheduler';
import {
  FIELD_IDS,
  NARRATIVE_MAX,
  clockTime,
  fieldLabel,
  reviewedSinceSubmitted,
  validateUpdate,
} from './update-form-rules';
import { clearLocalDraft, type LocalDraft, localDraftKey, readLocalDraft, writeLocalDraft } from './local-drafts';

/** Autosave waits this long after the last keystroke (and saves at once when a field loses focus). */
export const AUTOSAVE_DELAY_MS = 2_000;

const RAG_LIFECYCLES: readonly LifecycleStatus[] = ['InProgress', 'Ongoing'];

type FormValues = Omit<LocalDraft, 'version' | 'keptAt'>;
type Step = 'edit' | 'check';

/** The other person's change, kept beside the lead's unsaved text after a CONFLICT. */
export interface ConflictView {
  readonly narrative: string | null;
  readonly proposedRag: string | null;
  readonly authorName: string | null;
  readonly reviewState: string | null;
}

@Component({
  selector: 'wm-update-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    DatePipe,
    ErrorSummary,
    Loading,
    NotificationBanner,
    RagTag,
    ReviewStateTag,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './update-form-page.html',
  providers: [ProgressStore],
  // A locked (submitted or accepted) update still shows the RAG definitions: GOV.UK Frontend fades the hints of
  // disabled radios to 50% opacity, which fails contrast on text the reader still needs.
  styles: `
    .govuk-radios__input:disabled ~ .govuk-radios__hint { opacity: 1; }
    .wm-autosave-status { min-height: 1.5em; }
  `,
})
export class UpdateFormPage implements OnInit {
  private readonly store = inject(ProgressStore);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();
  readonly actionId = input.required<string>();

  protected readonly lifecycleWord = LIFECYCLE_WORD;
  protected readonly lifecycles = Object.keys(LIFECYCLE_WORD) as LifecycleStatus[];
  protected readonly rags: readonly Rag[] = ['Red', 'Amber', 'Green'];
  protected readonly narrativeMax = NARRATIVE_MAX;

  protected readonly strategy = computed(() => this.store.updateForm.value()?.strategy ?? null);
  protected readonly owed = computed(() => this.store.updateForm.value()?.owed ?? null);
  protected readonly update = signal<UpdateFieldsFragment | null>(null);
  protected readonly loadError = this.store.updateForm.error;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly conflict = signal<ConflictView | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly busy = this.store.updateForm.busy;
  /** "Saved at 10:42" and the like, announced politely (role=status). */
  protected readonly autosaveStatus = signal<string | null>(null);
  /** When the text on the form came from this browser's copy rather than the API. */
  protected readonly restoredAt = signal<string | null>(null);
  protected readonly step = signal<Step>('edit');

  /** The form as the API last had it (or as loaded): autosave sends only when the form differs. */
  private savedValues: string | null = null;
  private readonly saves = new SaveScheduler(AUTOSAVE_DELAY_MS, () => this.autosave());
  /** The version restored text was typed against, until it is saved (undefined: the loaded update's version). */
  private versionOverride: number | null | undefined = undefined;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    lifecycleStatus: this.fb.control<LifecycleStatus>('InProgress'),
    proposedRag: [null as Rag | null],
    percentComplete: [''],
    narrative: [''],
  });
  protected readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
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
  protected readonly fieldErrors = computed(
    () =>
      new Map(
        this.errors()
          .filter((e) => e.fieldId)
          .map((e) => [e.fieldId as string, e.message]),
      ),
  );

  ngOnInit(): void {
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.changed());
    this.destroyRef.onDestroy(() => this.saves.cancel());
    void this.load();
  }

  private async load(): Promise<void> {
    const data = await this.store.loadUpdateForm(this.strategyId(), this.periodId(), this.actionId());
    if (!data) return;
    const { owed } = data;
    this.update.set(owed.update ?? null);
    const start = owed.update ?? owed.previousUpdate;
    const loaded: FormValues = {
      lifecycleStatus: start?.lifecycleStatus ?? owed.actionLifecycleStatus,
      proposedRag: start?.proposedRag ?? null,
      percentComplete: start?.percentComplete == null ? '' : String(start.percentComplete),
      narrative: owed.update?.narrative ?? '',
    };
    this.form.setValue(loaded);
    this.savedValues = JSON.stringify(loaded);
    if (!this.editable()) this.form.disable();
    else this.restoreLocalDraft(loaded);
  }

  private localKey(): string | null {
    const personId = this.session.user()?.personId;
    return personId ? localDraftKey(personId, this.actionId(), this.periodId()) : null;
  }

  /** Text typed here before the session ended (and not saved since) comes back, marked as not yet saved. */
  private restoreLocalDraft(loaded: FormValues): void {
    const key = this.localKey();
    const kept = key ? readLocalDraft(key) : null;
    if (!key || !kept) return;
    const { version, keptAt, ...values } = kept;
    if (JSON.stringify(values) === JSON.stringify(loaded)) {
      clearLocalDraft(key);
      return;
    }
    // Saved against the version it was typed on: a change by someone else since then answers CONFLICT, never lost.
    this.versionOverride = version;
    this.form.setValue(values);
    // Restored, not saved: the person sees it first; their next change (or Save draft) saves it.
    this.saves.cancel();
    this.restoredAt.set(keptAt);
  }

  private baseVersion(): number | null {
    return this.versionOverride !== undefined ? this.versionOverride : (this.update()?.version ?? null);
  }

  private currentValues(): FormValues {
    const { lifecycleStatus, proposedRag, percentComplete, narrative } = this.form.getRawValue();
    return { lifecycleStatus, proposedRag, percentComplete, narrative };
  }

  /** Every edit: keep a copy in this browser at once, and save to the API after a pause in typing. */
  private changed(): void {
    if (!this.editable() || this.savedValues === null) return;
    const values = this.currentValues();
    const key = this.localKey();
    if (JSON.stringify(values) === this.savedValues) {
      if (key) clearLocalDraft(key);
      return;
    }
    // After a conflict the form holds their version number (so Save draft replaces theirs on purpose); the copy keeps
    // the one the text was typed on, so restoring it can never replace their change silently.
    const version = this.conflict() && key ? (readLocalDraft(key)?.version ?? null) : this.baseVersion();
    if (key) writeLocalDraft(key, { ...values, version, keptAt: new Date().toISOString() });
    // Emptied quietly (screen readers do not announce an empty status): "Saved at" always means what is on screen.
    this.autosaveStatus.set(null);
    this.saves.schedule();
  }

  /** A field lost focus: save now rather than after the pause. */
  protected onFieldBlur(): void {
    this.saves.flush();
  }

  /** Saves the draft quietly; problems go to the status line, a conflict is shown in full and stops autosaving. */
  private async autosave(): Promise<void> {
    await this.saves.queue(async () => {
      if (!this.editable() || this.conflict()) return;
      if (JSON.stringify(this.currentValues()) === this.savedValues) return;
      const problems = validateUpdate(this.currentValues(), { needsRag: this.needsRag(), forSubmit: false });
      if (problems.length > 0) {
        this.autosaveStatus.set(`Not saved automatically: ${problems[0].message.toLowerCase()}`);
        return;
      }
      try {
        await this.save();
        this.showSavedAt();
      } catch (error) {
        if (isUnauthenticated(error))
          this.autosaveStatus.set('Not saved: you have been signed out. Your text is kept on this device.');
        else if (describeError(error).code === 'CONFLICT') this.showProblem(error);
        else this.autosaveStatus.set(`Not saved automatically: ${describeError(error).message}`);
      }
    });
  }

  /** Only when the form still shows what was saved: typing during the save leaves the status empty until the next one. */
  private showSavedAt(): void {
    if (JSON.stringify(this.currentValues()) === this.savedValues)
      this.autosaveStatus.set(`Saved at ${clockTime(new Date())}`);
  }

  /** Sends the form as a draft with the version it was based on; the browser's copy goes once the API has this text. */
  private async save(): Promise<UpdateFieldsFragment> {
    const values = this.currentValues();
    const { narrative, percentComplete, proposedRag, lifecycleStatus } = values;
    const saved = await this.store.saveDraft({
      actionId: this.actionId(),
      periodId: this.periodId(),
      narrative,
      lifecycleStatus,
      proposedRag: this.needsRag() ? proposedRag : null,
      percentComplete: percentComplete.trim() === '' ? null : Number(percentComplete),
      version: this.baseVersion(),
    });
    this.versionOverride = undefined;
    this.update.set(saved);
    this.conflict.set(null);
    this.restoredAt.set(null);
    this.savedValues = JSON.stringify(values);
    const key = this.localKey();
    if (key && JSON.stringify(this.currentValues()) === this.savedValues) clearLocalDraft(key);
    return saved;
  }

  protected ragDefinition(rag: Rag): string {
    const definitions = this.strategy()?.ragDefinitions;
    if (!definitions) return '';
    return rag === 'Red' ? definitions.red : rag === 'Amber' ? definitions.amber : definitions.green;
  }

  /** Enter in a single-line field submits the form: that only ever saves a draft, never submits for review. */
  protected async onFormSubmit(): Promise<void> {
    if (this.editable() && !this.busy()) await this.saveDraft();
  }

  protected async saveDraft(): Promise<void> {
    const saved = await this.persist(false);
    if (saved) this.saved.set('Your draft has been saved.');
  }

  /** "Continue": saves the draft, then shows "Check your update" (GOV.UK check answers) before anything is submitted. */
  protected async checkBeforeSubmit(): Promise<void> {
    const saved = await this.persist(true);
    if (!saved) return;
    this.step.set('check');
    this.focusAfterRender('check-heading');
  }

  /** A "Change" link on the check step: back to the form, at that field. */
  protected change(fieldId: string, event: Event): void {
    event.preventDefault();
    this.step.set('edit');
    this.focusAfterRender(fieldId);
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected async submit(): Promise<void> {
    const update = this.update();
    if (!update) return;
    this.errors.set([]);
    try {
      await this.store.updateForm.run(async () => {
        await this.saves.queue(() => this.store.submit(update));
        await this.router.navigate(['/my-updates'], { queryParams: { submitted: this.owed()?.actionTitle } });
      });
    } catch (error) {
      this.step.set('edit');
      this.showProblem(error);
    }
  }

  protected async withdraw(): Promise<void> {
    const update = this.update();
    if (!update) return;
    this.saved.set(null);
    this.errors.set([]);
    try {
      this.update.set(await this.store.updateForm.run(() => this.store.withdraw(update)));
      this.form.enable();
      this.saved.set(
        'Your update has been withdrawn. It is a draft again: change it and submit it for review when it is ready.',
      );
    } catch (error) {
      this.showProblem(error);
    }
  }

  private async persist(forSubmit: boolean): Promise<UpdateFieldsFragment | null> {
    this.saved.set(null);
    this.saves.cancel();
    const problems = validateUpdate(this.currentValues(), { needsRag: this.needsRag(), forSubmit });
    this.errors.set(problems);
    if (problems.length > 0) return null;
    try {
      const saved = await this.store.updateForm.run(() => this.saves.queue(() => this.save()));
      this.showSavedAt();
      return saved;
    } catch (error) {
      this.showProblem(error);
      return null;
    }
  }

  private showProblem(error: unknown): void {
    const problem = describeError(error);
    if (problem.code === 'CONFLICT') {
      const current = problem.current ?? {};
      const text = (key: string) => {
        const value = current[key];
        return typeof value === 'string' ? value : null;
      };
      this.conflict.set({
        narrative: text('narrative'),
        proposedRag: text('proposedRag'),
        authorName: text('authorName'),
        reviewState: text('reviewState'),
      });
      // Saving again deliberately replaces their version with the text still in this form.
      this.versionOverride = undefined;
      const version = current['version'];
      const existing = this.update();
      if (typeof version === 'number' && existing) this.update.set({ ...existing, version });
      else if (typeof version === 'number') this.versionOverride = version;
      this.errors.set([
        {
          message:
            'Someone else changed this update while you were editing it. Your text has not been saved and is still below.',
        },
      ]);
      return;
    }
    if (problem.fields.length > 0) {
      this.errors.set(
        problem.fields.map((f) => ({
          fieldId: FIELD_IDS[fieldName(f)] ?? undefined,
          message: `${fieldLabel(fieldName(f))} ${f.message}`,
        })),
      );
      return;
    }
    this.errors.set([{ message: problem.message }]);
  }
}
