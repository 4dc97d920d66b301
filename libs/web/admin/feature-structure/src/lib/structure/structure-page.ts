import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  type AdminStrategy,
  StrategyAdminStore,
  type StructureLevel,
  describeError,
} from '@waymark/web/shared/data-access';
import {
  ErrorSummary,
  LIFECYCLE_WORD,
  Loading,
  NotificationBanner,
  type ErrorSummaryItem,
  capThemeActions,
  PluralPipe,
  PluralNounPipe,
} from '@waymark/web/shared/ui';
import { type Direction, moveOne, movedMessage } from './reorder';

type Strategy = AdminStrategy;

/** What a Move up / Move down button needs: the siblings in order, their parent, and words to announce. */
export interface MoveContext {
  readonly level: StructureLevel;
  readonly parentId: string;
  readonly ids: readonly string[];
  readonly id: string;
  readonly title: string;
  /** e.g. "Strategic Aim 2" — said after the move ("now 1 of 3 in Strategic Aim 2"). */
  readonly where: string;
  /** Visually hidden words that make each button's name unique, e.g. "Strategic Aim 2: Raise awareness". */
  readonly name: string;
}

/** Actions rendered per theme until "Show all" (600-action strategies stay quick; demo themes are smaller). */
export const THEME_ACTION_CAP = 25;

const LEGACY_NOTICE: Record<string, string> = { added: 'Action added', changed: 'Action changed' };

/**
 * One strategy's structure for administrators: change the strategy; add, change, reorder (Move up /
 * Move down, announced) and archive its themes, objectives and actions.
 */
@Component({
  selector: 'wm-structure-page',
  imports: [RouterLink, NgTemplateOutlet, ErrorSummary, Loading, NotificationBanner, PluralPipe, PluralNounPipe],
  providers: [StrategyAdminStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .wm-link-button { background: none; border: 0; padding: 0; margin: 0; font: inherit; color: #1d70b8; text-decoration: underline; cursor: pointer; }
    /* WCAG 2.2 target size (2.5.8): at 320 px the controls wrap onto lines only 20 px tall; make each at least 24 × 24. */
    .wm-link-button, .wm-controls .govuk-link { display: inline-block; min-width: 24px; min-height: 24px; }
    .wm-link-button:hover { color: #003078; }
    .wm-link-button:focus { outline: 3px solid transparent; color: #0b0c0c; background-color: #fd0; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; text-decoration: none; }
    .wm-link-button[aria-disabled='true'] { color: #505a5f; text-decoration: none; cursor: default; }
    .wm-controls { margin-top: -10px; }
  `,
  templateUrl: './structure-page.html',
})
export class StructurePage implements OnInit {
  readonly strategyId = input.required<string>();
  /** Set by the action form after saving (`saved` = its title, `verb` = added | changed). */
  readonly saved = input<string | undefined>();
  readonly verb = input<string | undefined>();
  /** Set by this lib's forms after saving: the whole sentence for the success banner. */
  readonly notice = input<string | undefined>();

  private readonly store = inject(StrategyAdminStore);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly strategy = this.store.strategy.value;
  protected readonly loadError = this.store.strategy.error;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly moving = this.store.strategy.busy;
  protected readonly lifecycle = LIFECYCLE_WORD;
  protected readonly banner = computed(() => {
    const notice = this.notice();
    if (notice) return notice;
    const saved = this.saved();
    return saved ? `${LEGACY_NOTICE[this.verb() ?? ''] ?? 'Action added'}: ${saved}` : null;
  });

  /** Themes opened in full with "Show all N actions". */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  /**
   * Each theme with its actions capped for rendering. The capped objectives are a prefix of the theme's, so
   * index i names the same objective; Move up / Move down still use the full sibling lists.
   */
  protected readonly themeViews = computed(() => {
    const expanded = this.expanded();
    return (this.strategy()?.themes ?? []).map((theme) => ({
      full: theme,
      ...capThemeActions(theme, expanded.has(theme.id) ? Infinity : THEME_ACTION_CAP),
    }));
  });
  private readonly injector = inject(Injector);

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    await this.store.load(this.strategyId());
  }

  protected themeMove(s: Strategy, theme: Strategy['themes'][number]): MoveContext {
    return {
      level: 'theme',
      parentId: s.id,
      ids: s.themes.map((t) => t.id),
      id: theme.id,
      title: theme.title,
      where: '',
      name: `${s.themeLabel} ${theme.number}: ${theme.title}`,
    };
  }

  protected objectiveMove(
    s: Strategy,
    theme: Strategy['themes'][number],
    objective: Strategy['themes'][number]['objectives'][number],
  ): MoveContext {
    return {
      level: 'objective',
      parentId: theme.id,
      ids: theme.objectives.map((o) => o.id),
      id: objective.id,
      title: objective.title,
      where: `${s.themeLabel} ${theme.number}`,
      name: `${s.objectiveLabel} ${theme.number}.${objective.number}: ${objective.title}`,
    };
  }

  protected actionMoves(s: Strategy, parentId: string, where: string, actions: readonly ActionRow[]): MoveContext[] {
    const ids = actions.map((a) => a.id);
    return actions.map((a) => ({
      level: 'action' as const,
      parentId,
      ids,
      id: a.id,
      title: a.title,
      where,
      name: `${s.actionLabel} ${a.numberLabel}: ${a.title}`,
    }));
  }

  protected isEnd(m: MoveContext, direction: Direction): boolean {
    return m.ids[direction === 'up' ? 0 : m.ids.length - 1] === m.id;
  }

  /** Sends the new order, reloads the numbered structure, keeps focus on the button and announces the position. */
  protected async move(m: MoveContext, direction: Direction): Promise<void> {
    if (this.moving()) return;
    const order = moveOne(m.ids, m.id, direction);
    if (!order) {
      void this.announcer.announce(`${m.title} is already ${direction === 'up' ? 'first' : 'last'}`, 'polite');
      return;
    }
    this.errors.set([]);
    await this.store.strategy.run(() => this.reorder(m, direction, order));
  }

  private async reorder(m: MoveContext, direction: Direction, order: string[]): Promise<void> {
    try {
      await this.store.reorder(m.level, m.parentId, order);
      await this.load();
      const position = order.indexOf(m.id) + 1;
      const buttonId = `move-${direction}-${m.id}`;
      setTimeout(() => document.getElementById(buttonId)?.focus());
      void this.announcer.announce(movedMessage(m.title, direction, position, order.length, m.where), 'polite');
    } catch (error) {
      const problem = describeError(error);
      const message =
        problem.code === 'CONFLICT' || problem.code === 'BAD_USER_INPUT'
          ? `The order could not be changed because someone else changed this ${m.level === 'theme' ? 'strategy' : 'list'} at the same time. The page now shows the current order; try again.`
          : problem.message;
      this.errors.set([{ message }]);
      await this.load();
    }
  }

  /** Renders the whole theme and moves focus to the first action that was hidden (its Move up button). */
  protected showAll(theme: Strategy['themes'][number]): void {
    const firstHidden = [...theme.objectives.flatMap((o) => o.actions), ...theme.actions][THEME_ACTION_CAP];
    this.expanded.update((set) => new Set(set).add(theme.id));
    if (firstHidden)
      afterNextRender(() => document.getElementById(`move-up-${firstHidden.id}`)?.focus(), { injector: this.injector });
  }

  protected asRows(value: unknown): readonly ActionRow[] {
    return value as readonly ActionRow[];
  }
}

type ActionRow = Strategy['themes'][number]['actions'][number];
