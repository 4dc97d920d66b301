import { ChangeDetectionStrategy, Component, OnInit, ViewEncapsulation, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  DEFAULT_PERIOD_REASON_TEXT,
  defaultReportPeriod,
  type DefaultPeriodReason,
  type OptionalColumn,
} from '@waymark/shared/report-model';
import {
  type BoardReportSettingsFieldsFragment,
  ReportsStore,
  SessionStore,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading, type ErrorSummaryItem, PluralNounPipe } from '@waymark/web/shared/ui';
import { BoardReportView } from './board-report-view';
import {
  BOARD_FORMATS,
  COLUMN_CHOICES,
  boardDownloadUrl,
  boardReportInput,
  changesDownloadUrl,
  type ReportChoice,
} from './report-choice';
import { EMPTY_COVER, coverFromSettings, settingsInput, type CoverForm } from './report-settings-form';

/** Report officer: choose strategy, period and options; preview the board update report; download it. */
@Component({
  selector: 'wm-reports-page',
  imports: [Loading, ErrorSummary, BoardReportView, RouterLink, PluralNounPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ReportsStore],
  // The print rules must reach the app's header and footer, so this page's styles are global (all prefixed wm-).
  encapsulation: ViewEncapsulation.None,
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
})
export class ReportsPage implements OnInit {
  private readonly store = inject(ReportsStore);
  private readonly session = inject(SessionStore);
  /** A link may name the strategy and period to open (e.g. the sign-off e-mail's `?strategy=…&period=…`). */
  private readonly linked = inject(ActivatedRoute).snapshot.queryParamMap;
  /** Senior officers and administrators prepare the board: they may include updates not yet accepted. */
  protected readonly preparesBoard = computed(
    () => this.session.roles().has('SeniorOfficer') || this.session.roles().has('Administrator'),
  );
  /** Administrators choose the Word template the board report is written into. */
  protected readonly administers = computed(() => this.session.roles().has('Administrator'));
  protected readonly includeUnaccepted = signal(false);
  /** Why the period shown first was chosen; null once the reader picks another. */
  protected readonly defaultReason = signal<string | null>(null);
  protected readonly strategies = this.store.strategies.value;
  protected readonly loadError = this.store.strategies.error;
  protected readonly strategyId = signal<string>('');
  protected readonly periodId = signal<string>('');
  protected readonly themeIds = signal<readonly string[]>([]);
  protected readonly columns = signal<readonly OptionalColumn[]>(['rag']);
  protected readonly onlyExceptions = signal(false);
  protected readonly includeIndicators = signal(false);
  protected readonly includeRagTrend = signal(false);
  protected readonly introduction = signal('');
  /** The cover report and closing section as typed; saved per period with the options above. */
  protected readonly cover = signal<CoverForm>(EMPTY_COVER);
  /** Version of the period's saved settings (0: none saved yet). */
  protected readonly settingsVersion = signal(0);
  protected readonly startedFrom = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly saving = this.store.settings.busy;
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly report = computed(() => this.store.preview.value()?.report ?? null);
  protected readonly previewing = this.store.preview.busy;
  /** The options the shown preview was made with, so the download links match what is on screen. */
  protected readonly previewed = signal<ReportChoice | null>(null);

  protected readonly columnChoices = COLUMN_CHOICES;
  protected readonly formats = BOARD_FORMATS;
  protected readonly strategy = computed(() => this.strategies()?.find((s) => s.id === this.strategyId()) ?? null);
  protected readonly choice = computed<ReportChoice | null>(() => {
    const s = this.strategy();
    if (!s) return null;
    return {
      strategyId: s.id,
      periodId: this.periodId() || null,
      allThemeIds: s.themes.map((t) => t.id),
      themeIds: this.themeIds(),
      columns: this.columns(),
      onlyExceptions: this.onlyExceptions(),
      includeIndicators: this.includeIndicators(),
      includeRagTrend: this.includeRagTrend(),
      introduction: this.introduction(),
      includeUnaccepted: this.preparesBoard() && this.includeUnaccepted(),
    };
  });
  protected readonly downloads = computed(() => {
    const c = this.previewed();
    return c ? this.formats.map((f) => ({ ...f, href: boardDownloadUrl(c, f.format) })) : [];
  });
  /** Stored versions of a signed-off period's report (newest first), each downloadable as Word or CSV. */
  protected readonly versions = computed(() => this.store.preview.value()?.versions ?? []);
  protected readonly versionLinks = computed(() => {
    const c = this.previewed();
    const r = this.report();
    if (!c || !r) return [];
    const frozenChoice = { ...c, periodId: r.period.id };
    return this.versions().map((v) => ({
      ...v,
      createdOn: v.createdAt.slice(0, 10),
      word: boardDownloadUrl(frozenChoice, 'docx', v.version),
      csv: boardDownloadUrl(frozenChoice, 'csv', v.version),
    }));
  });
  protected readonly changesLinks = computed(() => {
    const c = this.previewed();
    return c ? this.formats.map((f) => ({ ...f, href: changesDownloadUrl(c.strategyId, c.periodId, f.format) })) : [];
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const list = await this.store.loadStrategies();
    if (!list) return;
    const linked = list.find((s) => s.id === this.linked.get('strategy'));
    if (linked) {
      this.chooseStrategy(linked.id);
      const period = linked.periods.find((p) => p.id === this.linked.get('period'));
      if (period) {
        this.periodId.set(period.id);
        this.defaultReason.set(null);
      }
    } else if (list.length === 1) this.chooseStrategy(list[0].id);
  }

  protected chooseStrategy(id: string): void {
    this.strategyId.set(id);
    const s = this.strategies()?.find((x) => x.id === id);
    this.themeIds.set(s?.themes.map((t) => t.id) ?? []);
    const chosen = s
      ? defaultReportPeriod(s.periods, this.preparesBoard(), new Date().toISOString().slice(0, 10))
      : null;
    this.periodId.set(chosen?.period.id ?? '');
    this.defaultReason.set(chosen ? this.reasonText(chosen.period.name, chosen.reason) : null);
    this.store.clearPreview();
    this.previewed.set(null);
    this.errors.set([]);
    void this.loadSettings();
  }

  /** The period's saved options and cover report, or the last quarter's to start from. */
  private async loadSettings(): Promise<void> {
    const strategyId = this.strategyId();
    const periodId = this.periodId();
    this.saved.set(null);
    if (!strategyId || !periodId) return;
    const settings = await this.store.loadSettings(strategyId, periodId);
    const problem = this.store.settings.error();
    if (settings) this.applySettings(settings);
    else if (problem) this.errors.set([{ message: problem }]);
  }

  private applySettings(settings: BoardReportSettingsFieldsFragment): void {
    this.columns.set(COLUMN_CHOICES.map((c) => c.key).filter((key) => settings.columns.includes(key)));
    this.onlyExceptions.set(settings.onlyExceptions);
    this.includeIndicators.set(settings.includeIndicators);
    this.introduction.set(settings.introduction ?? '');
    this.cover.set(coverFromSettings(settings));
    this.settingsVersion.set(settings.version);
    this.startedFrom.set(settings.startedFromPeriodName ?? null);
  }

  protected setCover(field: keyof CoverForm, value: string): void {
    this.cover.update((c) => ({ ...c, [field]: value }));
  }

  /** Saves the options and cover for the period (the accountable group and administrators). */
  protected async saveSettings(): Promise<boolean> {
    const choice = this.choice();
    if (!choice?.periodId) return false;
    try {
      this.applySettings(await this.store.saveSettings(settingsInput(choice, this.settingsVersion(), this.cover())));
      this.saved.set('Report settings and cover report saved for this period. The next period starts from them.');
      return true;
    } catch (error) {
      const problem = describeError(error);
      const fields = problem.fields.map((f) => ({
        fieldId: `report-${f.field.replace(/^input\./, '')}`,
        message: `${f.field.replace(/^input\./, '')}: ${f.message}`,
      }));
      this.errors.set(fields.length ? fields : [{ message: problem.message }]);
      return false;
    }
  }

  private reasonText(name: string, reason: DefaultPeriodReason): string {
    return `Showing ${name}: ${DEFAULT_PERIOD_REASON_TEXT[reason]}.`;
  }

  protected choosePeriod(id: string): void {
    this.periodId.set(id);
    this.defaultReason.set(null);
    void this.loadSettings();
  }

  protected toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
    return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
  }
  protected setTheme(id: string, on: boolean): void {
    this.themeIds.update((ids) => this.toggle(ids, id, on));
  }
  protected setColumn(key: OptionalColumn, on: boolean): void {
    this.columns.update((cols) => this.toggle(cols, key, on));
  }

  protected async preview(event: Event): Promise<void> {
    event.preventDefault();
    const choice = this.choice();
    const problems: ErrorSummaryItem[] = [];
    if (!choice) problems.push({ fieldId: 'report-strategy', message: 'Select a strategy' });
    else if (choice.themeIds.length === 0)
      problems.push({ fieldId: `report-theme-${choice.allThemeIds[0]}`, message: 'Select at least one theme' });
    this.errors.set(problems);
    if (!choice || problems.length) return;
    // Officers preview what they typed: the cover is saved first, as the downloads print the saved cover.
    if (this.preparesBoard() && choice.periodId && !(await this.saveSettings())) return;
    try {
      await this.store.makePreview(boardReportInput(choice));
      this.previewed.set(choice);
    } catch (error) {
      const problem = describeError(error);
      const fields = problem.fields.map((f) => ({ message: `${f.field.replace(/^input\./, '')}: ${f.message}` }));
      this.errors.set(fields.length ? fields : [{ message: problem.message }]);
    }
  }

  protected print(): void {
    window.print();
  }
}
