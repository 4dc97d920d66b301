import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import {
  type CommentarySection,
  type ThemeCommentaryFieldsFragment,
  ThemeCommentaryStore,
  describeError,
  fieldName,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, Loading, PluralNounPipe } from '@waymark/web/shared/ui';

/** The API's limit for a commentary paragraph. */
export const COMMENTARY_MAX = 20_000;

/** GOV.UK character count wording. */
export function characterCountMessage(length: number, max = COMMENTARY_MAX): string {
  const left = max - length;
  if (left >= 0) return `You have ${left.toLocaleString('en-GB')} ${left === 1 ? 'character' : 'characters'} remaining`;
  return `You have ${(-left).toLocaleString('en-GB')} ${left === -1 ? 'character' : 'characters'} too many`;
}

/** Browser-side checks of a paragraph before it is sent. */
export function commentaryProblem(text: string, max = COMMENTARY_MAX): string | null {
  if (!text.trim()) return 'Enter the commentary paragraph';
  if (text.length > max) return `Commentary paragraph must be ${max.toLocaleString('en-GB')} characters or fewer`;
  return null;
}

/** What is open for editing: a new paragraph under a theme, or an existing paragraph; one at a time. */
interface Editor {
  readonly kind: 'new' | 'edit' | 'archive';
  readonly themeId: string;
  readonly paragraph: ThemeCommentaryFieldsFragment | null;
}

/**
 * The numbered commentary paragraphs of each theme for the selected period (the York report's narrative between
 * the tables). Reviewers of the strategy add, change and archive paragraphs until the period is signed off.
 */
@Component({
  selector: 'wm-theme-commentary',
  imports: [FormsModule, NgTemplateOutlet, ErrorSummary, Loading, PluralNounPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ThemeCommentaryStore],
  templateUrl: './theme-commentary.html',
  styles: `
    .wm-link-button { background: none; border: 0; padding: 0; margin: 0; font: inherit; cursor: pointer; text-decoration: underline; }
    .wm-commentary__paragraph { margin-bottom: 20px; }
  `,
})
export class ThemeCommentary {
  private readonly store = inject(ThemeCommentaryStore);
  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();
  readonly themeLabel = input('Theme');
  /** Whether the signed-in person may write (administrator or on the strategy's accountable group) and the period is not signed off. */
  readonly canWrite = input(false);

  protected readonly max = COMMENTARY_MAX;
  protected readonly sections = this.store.sections.value;
  protected readonly loadError = this.store.sections.error;
  protected readonly editor = signal<Editor | null>(null);
  protected readonly text = signal('');
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  /** The other person's text after a CONFLICT, shown beside the unsaved text. */
  protected readonly theirs = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = this.store.sections.busy;
  protected readonly countMessage = computed(() => characterCountMessage(this.text().length));
  protected readonly overLimit = computed(() => this.text().length > COMMENTARY_MAX);
  protected readonly fieldError = computed(
    () => this.errors().find((e) => e.fieldId === 'commentary-text')?.message ?? null,
  );

  constructor() {
    effect(() => {
      const strategyId = this.strategyId();
      const periodId = this.periodId();
      this.editor.set(null);
      this.notice.set(null);
      void this.store.load(strategyId, periodId);
    });
  }

  protected heading(section: CommentarySection): string {
    return `${this.themeLabel()} ${section.themeNumber}: ${section.themeTitle}`;
  }

  protected isOpen(kind: Editor['kind'], themeId: string, paragraphId: string | null = null): boolean {
    const e = this.editor();
    return !!e && e.kind === kind && e.themeId === themeId && (e.paragraph?.id ?? null) === paragraphId;
  }

  protected open(kind: Editor['kind'], themeId: string, paragraph: ThemeCommentaryFieldsFragment | null = null): void {
    this.editor.set({ kind, themeId, paragraph });
    this.text.set(kind === 'edit' && paragraph ? paragraph.body : '');
    this.errors.set([]);
    this.theirs.set(null);
    this.notice.set(null);
  }

  protected cancel(): void {
    this.editor.set(null);
    this.errors.set([]);
    this.theirs.set(null);
  }

  protected async save(): Promise<void> {
    const editor = this.editor();
    if (!editor || editor.kind === 'archive') return;
    const problem = commentaryProblem(this.text());
    if (problem) {
      this.errors.set([{ fieldId: 'commentary-text', message: problem }]);
      return;
    }
    const body = this.text().trim();
    await this.run(editor, async () => {
      if (editor.kind === 'new') {
        await this.store.add(editor.themeId, this.periodId(), body);
        return 'The paragraph was added.';
      }
      await this.store.change(editor.paragraph as ThemeCommentaryFieldsFragment, body);
      return 'The paragraph was saved.';
    });
  }

  protected async archive(): Promise<void> {
    const editor = this.editor();
    if (!editor?.paragraph || editor.kind !== 'archive') return;
    const paragraph = editor.paragraph;
    await this.run(editor, async () => {
      await this.store.archive(paragraph);
      return 'The paragraph was archived. It is kept in the audit trail.';
    });
  }

  private async run(editor: Editor, operation: () => Promise<string>): Promise<void> {
    this.errors.set([]);
    let message: string;
    try {
      message = await operation();
    } catch (error) {
      this.showProblem(editor, error);
      return;
    }
    this.editor.set(null);
    this.theirs.set(null);
    await this.store.load(this.strategyId(), this.periodId());
    this.notice.set(message);
  }

  private showProblem(editor: Editor, error: unknown): void {
    const problem = describeError(error);
    if (problem.code === 'CONFLICT') {
      const current = problem.current ?? {};
      const version = current['version'];
      // Keep the text being written; saving again deliberately replaces their version.
      if (editor.paragraph && typeof version === 'number')
        this.editor.set({ ...editor, paragraph: { ...editor.paragraph, version } });
      this.theirs.set(typeof current['body'] === 'string' ? current['body'] : null);
      this.errors.set([
        {
          message:
            editor.kind === 'archive'
              ? 'Someone else changed this paragraph since the page loaded. Read their version below before archiving it.'
              : 'Someone else changed this paragraph since the page loaded. Your text has not been saved and is still below.',
        },
      ]);
      return;
    }
    if (problem.fields.length > 0) {
      this.errors.set(
        problem.fields.map((f) => ({
          fieldId: fieldName(f) === 'body' ? 'commentary-text' : undefined,
          message: `${fieldName(f) === 'body' ? 'Commentary paragraph' : fieldName(f)} ${f.message}`,
        })),
      );
      return;
    }
    this.errors.set([{ message: problem.message }]);
  }
}
