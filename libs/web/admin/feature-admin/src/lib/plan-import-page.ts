import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type PlanImportPreview, PlanImportStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, NotificationBanner, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { MAX_IMPORT_BYTES, PlanUploadError, PlanUploads } from './plan-upload';
import { importProblems } from './import-problems';

/**
 * Plan import: choose a file and a target strategy (a new one: its accountable group, and every quarter or only the
 * periods the file names) → dry-run preview (how the file was read, a sample of the actions as stored, counts,
 * problems by row/column) → apply.
 */
@Component({
  selector: 'wm-plan-import-page',
  imports: [RouterLink, ErrorSummary, Loading, NotificationBanner],
  providers: [PlanImportStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-import-page.html',
})
export class PlanImportPage implements OnInit {
  private readonly store = inject(PlanImportStore);
  private readonly uploads = inject(PlanUploads);
  protected readonly strategies = computed(() => this.store.choices.value()?.strategies ?? []);
  protected readonly target = signal<string>('new');
  protected readonly newTitle = signal('');
  protected readonly startYear = signal('');
  protected readonly endYear = signal('');
  protected readonly groups = computed(() => this.store.choices.value()?.groups ?? []);
  /** '' lets the API choose the partnership's senior officer group (the preview says which). */
  protected readonly accountableGroupId = signal('');
  protected readonly everyQuarter = signal(true);
  /** Senior officer groups first: a strategy usually answers to one. */
  protected readonly groupOptions = computed(() =>
    [...this.groups()]
      .sort((a, b) => Number(b.kind === 'SeniorOfficerGroup') - Number(a.kind === 'SeniorOfficerGroup'))
      .map((g) => ({ id: g.id, label: g.kind === 'SeniorOfficerGroup' ? `${g.name} (senior officer group)` : g.name })),
  );
  protected readonly file = signal<File | null>(null);
  /** What the last preview or apply was refused for. */
  private readonly problems = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly errors = computed<readonly ErrorSummaryItem[]>(() => {
    const loadError = this.store.choices.error();
    return [...(loadError ? [{ message: loadError }] : []), ...this.problems()];
  });
  /** Which step the last press started: its button says so while the store is busy. */
  private readonly step = signal<'preview' | 'apply'>('preview');
  protected readonly busy = computed(() => (this.store.choices.busy() ? this.step() : null));
  protected readonly preview = signal<PlanImportPreview | null>(null);
  protected readonly applied = signal<PlanImportPreview | null>(null);
  /** The chosen file as uploaded (its id), sent once for the preview and the apply. */
  private uploadId: string | null = null;

  protected readonly errorFor = (id: string) => this.errors().find((e) => e.fieldId === id)?.message ?? null;
  protected readonly totals = computed(() => {
    const counts = this.preview()?.counts ?? [];
    return counts.reduce(
      (t, c) => ({
        created: t.created + c.created,
        updated: t.updated + c.updated,
        unchanged: t.unchanged + c.unchanged,
      }),
      {
        created: 0,
        updated: 0,
        unchanged: 0,
      },
    );
  });

  ngOnInit(): void {
    void this.store.load();
  }

  protected chooseFile(input: HTMLInputElement): void {
    this.file.set(input.files?.[0] ?? null);
    this.uploadId = null;
    this.preview.set(null);
    this.applied.set(null);
  }

  private input() {
    const file = this.file();
    if (!file || this.uploadId === null) return null;
    const target = this.target();
    return target === 'new'
      ? {
          uploadId: this.uploadId,
          newStrategy: {
            title: this.newTitle().trim(),
            startYear: Number(this.startYear()),
            endYear: Number(this.endYear()),
            accountableGroupId: this.accountableGroupId() || null,
            everyQuarter: this.everyQuarter(),
          },
        }
      : { uploadId: this.uploadId, strategyId: target };
  }

  private validate(): ErrorSummaryItem[] {
    const problems: ErrorSummaryItem[] = [];
    const file = this.file();
    if (!file) problems.push({ fieldId: 'import-file', message: 'Select a spreadsheet (.xlsx or .csv)' });
    else if (!/\.(xlsx|csv)$/i.test(file.name))
      problems.push({ fieldId: 'import-file', message: 'The file must be an .xlsx or .csv spreadsheet' });
    else if (file.size > MAX_IMPORT_BYTES)
      problems.push({ fieldId: 'import-file', message: 'The file must be smaller than 10 MB' });
    if (this.target() === 'new') {
      if (!this.newTitle().trim())
        problems.push({ fieldId: 'import-title', message: 'Enter the new strategy’s title' });
      const start = Number(this.startYear());
      const end = Number(this.endYear());
      if (!/^\d{4}$/.test(this.startYear()))
        problems.push({ fieldId: 'import-start-year', message: 'Enter the first year as 4 digits, like 2024' });
      if (!/^\d{4}$/.test(this.endYear()))
        problems.push({ fieldId: 'import-end-year', message: 'Enter the last year as 4 digits, like 2027' });
      else if (start && end < start)
        problems.push({
          fieldId: 'import-end-year',
          message: 'The last year must be the same as or after the first year',
        });
    }
    return problems;
  }

  protected async runPreview(event: Event): Promise<void> {
    event.preventDefault();
    const problems = this.validate();
    this.problems.set(problems);
    if (problems.length) return;
    this.step.set('preview');
    this.applied.set(null);
    const file = this.file();
    if (!file) return;
    try {
      await this.store.choices.run(async () => {
        this.uploadId ??= await this.uploads.upload(file);
        const input = this.input();
        if (input) this.preview.set(await this.store.preview(input));
      });
    } catch (error) {
      this.showApiError(error);
    }
  }

  protected async apply(): Promise<void> {
    const input = this.input();
    if (!input || !this.preview()?.canApply) return;
    this.step.set('apply');
    try {
      this.applied.set(await this.store.apply(input));
      this.preview.set(null);
      this.problems.set([]);
    } catch (error) {
      this.showApiError(error);
    }
  }

  protected operationWord(operation: string): string {
    return operation === 'create' ? 'new' : operation === 'update' ? 'changed' : 'unchanged';
  }

  /** "2019-03-31" → "31/03/2019", as the template accepts it. */
  protected ukDate(iso: string): string {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
  }

  private showApiError(error: unknown): void {
    if (error instanceof PlanUploadError) {
      this.problems.set([{ fieldId: 'import-file', message: error.message }]);
      return;
    }
    const problem = describeError(error);
    // An upload kept too long (or refused) is sent again with the next preview.
    if (problem.fields.some((f) => f.field === 'input.uploadId')) this.uploadId = null;
    this.problems.set(problem.fields.length ? importProblems(problem.fields) : [{ message: problem.message }]);
  }
}
