import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AdminStrategyDetailDocument,
  type AdminStrategyDetailQuery,
  CreateObjectiveDocument,
  CreateThemeDocument,
  UpdateObjectiveDocument,
  UpdateThemeDocument,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, Loading } from '@waymark/web/shared/ui';
import { ConflictNotice } from '../forms/conflict-notice';
import { EditForm } from '../forms/edit-form';
import { FormField } from '../forms/form-field';
import { type ThemeValues, objectiveSpec, themeSpec } from '../forms/specs';

type Strategy = AdminStrategyDetailQuery['strategy'];

/**
 * Add or change a theme (title, description) or an objective (title), named with the strategy's own
 * level labels. Route data `level` says which; `themeId`/`objectiveId` come from the route.
 */
@Component({
  selector: 'wm-item-form-page',
  imports: [RouterLink, ErrorSummary, Loading, FormField, ConflictNotice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="['/admin/strategies', strategyId()]">Back to the strategy</a>
    @if (loadError(); as message) {
      <h1 class="govuk-heading-l">{{ heading() }}</h1>
      <p class="govuk-body">{{ message }}</p>
    } @else if (!strategy()) {
      <wm-loading />
    } @else {
      @let v = form.values();
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <wm-error-summary [errors]="form.summary()" />
          <wm-conflict-notice [values]="form.conflict()" />
          <span class="govuk-caption-l">{{ caption() }}</span>
          <h1 class="govuk-heading-l">{{ heading() }}</h1>
          <form novalidate (submit)="save($event)">
            <wm-field [fieldId]="form.id('title')" [label]="levelLabel() + ' title'" kind="textarea" [rows]="2" [required]="true"
              hint="As it should read in the board report" [error]="form.errorFor('title')" [value]="v.title" (valueChange)="form.set('title', $event)" />
            @if (level() === 'theme') {
              <wm-field [fieldId]="form.id('description')" label="Description (optional)" kind="textarea" [rows]="4"
                [error]="form.errorFor('description')" [value]="v.description" (valueChange)="form.set('description', $event)" />
            }
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" [disabled]="form.saving()">{{ editing() ? 'Save changes' : 'Add ' + levelLabel().toLowerCase() }}</button>
              <a class="govuk-link" [routerLink]="['/admin/strategies', strategyId()]">Cancel</a>
            </div>
          </form>
        </div>
      </div>
    }
  `,
})
export class ItemFormPage implements OnInit {
  readonly strategyId = input.required<string>();
  readonly level = input<'theme' | 'objective'>('theme');
  /** The theme being changed, or the theme a new objective goes under. */
  readonly themeId = input<string | undefined>();
  readonly objectiveId = input<string | undefined>();

  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  protected readonly strategy = signal<Strategy | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected form = new EditForm<ThemeValues>(themeSpec, { title: '', description: '' });

  protected readonly editing = computed(() => (this.level() === 'theme' ? !!this.themeId() : !!this.objectiveId()));
  protected readonly levelLabel = computed(() => {
    const s = this.strategy();
    return this.level() === 'theme' ? (s?.themeLabel ?? 'Theme') : (s?.objectiveLabel ?? 'Objective');
  });
  protected readonly heading = computed(() => `${this.editing() ? 'Change' : 'Add'} ${this.levelLabel().toLowerCase()}`);
  protected readonly caption = computed(() => {
    const s = this.strategy();
    if (!s) return '';
    const theme = s.themes.find((t) => t.id === this.themeId() || t.objectives.some((o) => o.id === this.objectiveId()));
    return this.level() === 'objective' && theme ? `${s.themeLabel} ${theme.number}: ${theme.title}` : s.title;
  });

  ngOnInit(): void {
    if (this.level() === 'objective') this.form = new EditForm<ThemeValues>(objectiveSpec, { title: '', description: '' });
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(this.apollo.query({ query: AdminStrategyDetailDocument, variables: { id: this.strategyId() } }));
      const s = result.data?.strategy;
      if (!s) throw new Error('This strategy could not be found.');
      const theme = s.themes.find((t) => t.id === this.themeId());
      const objective = s.themes.flatMap((t) => t.objectives).find((o) => o.id === this.objectiveId());
      if (this.level() === 'theme' && this.themeId()) {
        if (!theme) throw new Error(`This ${s.themeLabel.toLowerCase()} could not be found.`);
        this.form.reset({ title: theme.title, description: theme.description ?? '' }, theme.version);
      } else if (this.level() === 'objective' && this.objectiveId()) {
        if (!objective) throw new Error(`This ${s.objectiveLabel.toLowerCase()} could not be found.`);
        this.form.reset({ title: objective.title, description: '' }, objective.version);
      } else if (this.level() === 'objective' && !theme) {
        throw new Error(`This ${s.themeLabel.toLowerCase()} could not be found.`);
      }
      this.strategy.set(s);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const ok = await this.form.submit(async (v, version) => {
      const title = v.title.trim();
      const description = v.description.trim() || null;
      const themeId = this.themeId() ?? '';
      const objectiveId = this.objectiveId();
      if (this.level() === 'theme') {
        if (this.editing()) await firstValueFrom(this.apollo.mutate({ mutation: UpdateThemeDocument, variables: { input: { id: themeId, version, title, description } } }));
        else await firstValueFrom(this.apollo.mutate({ mutation: CreateThemeDocument, variables: { input: { strategyId: this.strategyId(), title, description } } }));
      } else if (objectiveId) {
        await firstValueFrom(this.apollo.mutate({ mutation: UpdateObjectiveDocument, variables: { input: { id: objectiveId, version, title } } }));
      } else {
        await firstValueFrom(this.apollo.mutate({ mutation: CreateObjectiveDocument, variables: { input: { themeId, title } } }));
      }
    });
    if (ok) {
      const notice = `${this.levelLabel()} ${this.editing() ? 'changed' : 'added'}: ${this.form.values().title.trim()}`;
      await this.router.navigate(['/admin/strategies', this.strategyId()], { queryParams: { notice } });
    }
  }
}
