import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { type AdminStrategy, StrategyAdminStore } from '@waymark/web/shared/data-access';
import { EditForm } from '../forms/edit-form';
import { FormField } from '../forms/form-field';
import { type AfterSave, FormPage } from '../forms/form-page';
import { type ThemeValues, objectiveSpec, themeSpec } from '../forms/specs';

/**
 * Add or change a theme (title, description) or an objective (title), named with the strategy's own
 * level labels. Route data `level` says which; `themeId`/`objectiveId` come from the route.
 */
@Component({
  selector: 'wm-item-form-page',
  imports: [FormPage, FormField],
  providers: [StrategyAdminStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = form();
    <wm-form-page
      [form]="f"
      [state]="store.strategy"
      [save]="save"
      [back]="['/admin/strategies', strategyId()]"
      backText="Back to the strategy"
      [caption]="caption()"
      [heading]="heading()"
      [submitLabel]="editing() ? 'Save changes' : 'Add ' + levelLabel().toLowerCase()"
    >
      <wm-field
        [form]="f"
        field="title"
        [label]="levelLabel() + ' title'"
        kind="textarea"
        [rows]="2"
        [required]="true"
        hint="As it should read in the board report"
      />
      @if (level() === 'theme') {
        <wm-field
          [form]="f"
          field="description"
          label="Description (optional)"
          kind="textarea"
          [rows]="4"
        />
      }
    </wm-form-page>
  `,
})
export class ItemFormPage implements OnInit {
  readonly strategyId = input.required<string>();
  readonly level = input<'theme' | 'objective'>('theme');
  /** The theme being changed, or the theme a new objective goes under. */
  readonly themeId = input<string | undefined>();
  readonly objectiveId = input<string | undefined>();

  protected readonly store = inject(StrategyAdminStore);
  protected readonly form = computed(
    () =>
      new EditForm<ThemeValues>(this.level() === 'objective' ? objectiveSpec : themeSpec, {
        title: '',
        description: '',
      }),
  );

  protected readonly editing = computed(() => (this.level() === 'theme' ? !!this.themeId() : !!this.objectiveId()));
  protected readonly levelLabel = computed(() => {
    const s = this.store.strategy.value();
    return this.level() === 'theme' ? (s?.themeLabel ?? 'Theme') : (s?.objectiveLabel ?? 'Objective');
  });
  protected readonly heading = computed(
    () => `${this.editing() ? 'Change' : 'Add'} ${this.levelLabel().toLowerCase()}`,
  );
  protected readonly caption = computed(() => {
    const s = this.store.strategy.value();
    if (!s) return '';
    const theme = s.themes.find(
      (t) => t.id === this.themeId() || t.objectives.some((o) => o.id === this.objectiveId()),
    );
    return this.level() === 'objective' && theme ? `${s.themeLabel} ${theme.number}: ${theme.title}` : s.title;
  });

  ngOnInit(): void {
    void this.store.load(this.strategyId(), { open: (s) => this.open(s) });
  }

  /** Puts the theme or objective being changed into the form; throws when it (or a new objective's theme) is gone. */
  private open(s: AdminStrategy): void {
    const theme = s.themes.find((t) => t.id === this.themeId());
    const objective = s.themes.flatMap((t) => t.objectives).find((o) => o.id === this.objectiveId());
    if (this.level() === 'theme' && this.themeId()) {
      if (!theme) throw new Error(`This ${s.themeLabel.toLowerCase()} could not be found.`);
      this.form().reset({ title: theme.title, description: theme.description ?? '' }, theme.version);
    } else if (this.level() === 'objective' && this.objectiveId()) {
      if (!objective) throw new Error(`This ${s.objectiveLabel.toLowerCase()} could not be found.`);
      this.form().reset({ title: objective.title, description: '' }, objective.version);
    } else if (this.level() === 'objective' && !theme) {
      throw new Error(`This ${s.themeLabel.toLowerCase()} could not be found.`);
    }
  }

  protected readonly save = async (v: ThemeValues, version: number): Promise<AfterSave> => {
    const title = v.title.trim();
    const editing = this.level() === 'theme' ? this.themeId() : this.objectiveId();
    if (this.level() === 'theme')
      await this.store.saveTheme(
        this.strategyId(),
        { id: editing, version },
        { title, description: v.description.trim() || null },
      );
    else await this.store.saveObjective(this.themeId() ?? '', { id: editing, version }, title);
    return {
      to: ['/admin/strategies', this.strategyId()],
      notice: `${this.levelLabel()} ${this.editing() ? 'changed' : 'added'}: ${title}`,
    };
  };
}
