import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  type PartnershipSettingsFieldsFragment,
  PartnershipSettingsStore,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, Loading, NotificationBanner, RagTag } from '@waymark/web/shared/ui';
import { SingleSignOnSection } from './single-sign-on-section';
import {
  DEFINITION_MAX,
  FIELD_ID,
  RAG_FIELDS,
  mapFieldProblems,
  mergeAfterConflict,
  settingsInput,
  timeZoneChoices,
  toForm,
  validateSettings,
} from './partnership-settings-form';

/** Administrators: the partnership's name, short name, time zone and its own meaning of Red, Amber and Green. */
@Component({
  selector: 'wm-partnership-settings-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, Loading, NotificationBanner, RagTag, SingleSignOnSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PartnershipSettingsStore],
  templateUrl: './partnership-settings-page.html',
})
export class PartnershipSettingsPage implements OnInit {
  private readonly store = inject(PartnershipSettingsStore);
  protected readonly ids = FIELD_ID;
  protected readonly ragFields = RAG_FIELDS;
  protected readonly definitionMax = DEFINITION_MAX;

  protected readonly partnership = this.store.partnership.value;
  protected readonly loadError = this.store.partnership.error;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly saved = signal<string | null>(null);
  /** After a CONFLICT: the settings as the other administrator saved them. */
  protected readonly theirs = signal<PartnershipSettingsFieldsFragment | null>(null);
  protected readonly busy = this.store.partnership.busy;
  protected readonly timeZones = computed(() => timeZoneChoices(this.partnership()?.timeZone ?? ''));

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [''],
    shortName: [''],
    timeZone: [''],
    red: [''],
    amber: [''],
    green: [''],
  });
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly fieldErrors = computed(
    () =>
      new Map(
        this.errors()
          .filter((e) => e.fieldId)
          .map((e) => [e.fieldId as string, e.message]),
      ),
  );
  protected readonly remaining = computed(() => {
    const v = this.values();
    return {
      red: DEFINITION_MAX - (v.red ?? '').length,
      amber: DEFINITION_MAX - (v.amber ?? '').length,
      green: DEFINITION_MAX - (v.green ?? '').length,
    };
  });

  ngOnInit(): void {
    void this.store.loadPartnership().then((partnership) => partnership && this.form.setValue(toForm(partnership)));
  }

  protected async save(): Promise<void> {
    const before = this.partnership();
    if (!before) return;
    this.saved.set(null);
    const form = this.form.getRawValue();
    const problems = validateSettings(form);
    this.errors.set(problems);
    if (problems.length > 0) return;
    try {
      const after = await this.store.savePartnership(settingsInput(before, form));
      this.form.setValue(toForm(after));
      this.theirs.set(null);
      this.saved.set('The partnership settings were saved. The RAG definitions are shown wherever a RAG is chosen.');
    } catch (error) {
      await this.showProblem(error);
    }
  }

  private async showProblem(error: unknown): Promise<void> {
    const problem = describeError(error);
    if (problem.code === 'CONFLICT') {
      // Load what the other administrator saved. Fields this person changed keep their text; the others take the
      // other administrator's values, so saving again applies only this person's changes on top of theirs.
      const loaded = this.partnership();
      const current = await this.store.currentPartnership().catch(() => null);
      if (current && loaded) {
        this.form.setValue(mergeAfterConflict(toForm(loaded), this.form.getRawValue(), toForm(current)));
        this.store.partnership.set(current);
        this.theirs.set(current);
      }
      this.errors.set([
        {
          message:
            'Another administrator changed these settings while you were editing them. Nothing was saved: check their version below. Your changes are kept in the form; save again to apply them.',
        },
      ]);
      return;
    }
    if (problem.fields.length > 0) {
      this.errors.set(mapFieldProblems(problem.fields));
      return;
    }
    this.errors.set([{ message: problem.message }]);
  }
}
