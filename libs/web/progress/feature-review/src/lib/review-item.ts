import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { FormsModule } from '@angular/forms';
import {
  type Rag,
  ReviewDecisionStore,
  type UpdateFieldsFragment,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, RagTag } from '@waymark/web/shared/ui';
import type { DashboardAction } from './dashboard-model';

type Mode = 'none' | 'return' | 'validate';

/** What the reviewer decided, for the dashboard's confirmation where the card was. */
export interface ReviewDecision {
  readonly kind: 'accepted' | 'returned' | 'validated';
  readonly update: UpdateFieldsFragment;
}

/** One submitted update in the review queue: accept, return with a comment, or validate a RAG with a reason. */
@Component({
  selector: 'wm-review-item',
  imports: [FormsModule, RouterLink, RagTag, ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ReviewDecisionStore],
  templateUrl: './review-item.html',
})
export class ReviewItem {
  private readonly store = inject(ReviewDecisionStore);
  readonly item = input.required<DashboardAction>();
  readonly strategyId = input.required<string>();
  readonly ragDefinitions = input<{ red: string; amber: string; green: string } | null>(null);
  /** Ticked for "Accept selected". */
  readonly selected = input(false);
  readonly selectedChange = output<boolean>();
  /** Emits the updated record after any decision, so the dashboard can refresh and confirm it. */
  readonly decided = output<ReviewDecision>();

  protected readonly rags: readonly Rag[] = ['Red', 'Amber', 'Green'];
  protected readonly mode = signal<Mode>('none');
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = this.store.decision.busy;
  protected comment = '';
  protected validatedRag: Rag | null = null;
  protected reason = '';
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** Inline error of each field, beside the summary (GOV.UK error message pattern). */
  protected readonly fieldError = computed(() => {
    const byField: Record<string, string> = {};
    for (const e of this.errors()) if (e.fieldId) byField[e.fieldId] = e.message;
    return byField;
  });

  protected id(suffix: string): string {
    return `review-${this.item().action.id}-${suffix}`;
  }

  /** Opening a form moves focus into it, so Tab goes on from there; cancelling returns to the button that opened it. */
  protected open(mode: Mode): void {
    const previous = this.mode();
    this.errors.set([]);
    this.mode.set(mode);
    const target =
      mode === 'return'
        ? this.id('comment')
        : mode === 'validate'
          ? this.id('rag-Red')
          : previous === 'none'
            ? null
            : this.id(`open-${previous}`);
    if (target)
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${CSS.escape(target)}`)?.focus(), {
        injector: this.injector,
      });
  }

  protected async accept(): Promise<void> {
    const update = this.item().current;
    if (!update) return;
    await this.run('accepted', () => this.store.accept(update));
  }

  protected async returnUpdate(): Promise<void> {
    const update = this.item().current;
    if (!update) return;
    if (!this.comment.trim()) {
      this.errors.set([{ fieldId: this.id('comment'), message: 'Enter what the lead needs to change' }]);
      return;
    }
    await this.run('returned', () => this.store.returnToLead(update, this.comment.trim()));
  }

  protected async validate(): Promise<void> {
    const update = this.item().current;
    if (!update) return;
    const problems: ErrorSummaryItem[] = [];
    if (!this.validatedRag) problems.push({ fieldId: this.id('rag-Red'), message: 'Select the validated RAG status' });
    if (this.validatedRag && this.validatedRag !== update.proposedRag && !this.reason.trim())
      problems.push({ fieldId: this.id('reason'), message: 'Enter why the RAG differs from the one proposed' });
    this.errors.set(problems);
    const rag = this.validatedRag;
    if (problems.length > 0 || !rag) return;
    await this.run('validated', () => this.store.validate(update, rag, this.reason.trim() || null));
  }

  private async run(kind: ReviewDecision['kind'], operation: () => Promise<UpdateFieldsFragment>): Promise<void> {
    try {
      const updated = await operation();
      this.mode.set('none');
      this.decided.emit({ kind, update: updated });
    } catch (error) {
      const problem = describeError(error);
      this.errors.set(
        problem.fields.length > 0
          ? problem.fields.map((f) => ({
              fieldId: this.fieldIdOf(f.field),
              message: `${f.field.replace(/^input\./, '')} ${f.message}`,
            }))
          : [
              {
                message:
                  problem.code === 'CONFLICT'
                    ? 'Someone else changed this update since the page loaded. Reload the page to see their change.'
                    : problem.message,
              },
            ],
      );
    }
  }

  /** The form field a server-side problem belongs to, so it shows inline too. */
  private fieldIdOf(field: string): string | undefined {
    const ids: Record<string, string> = {
      'input.comment': this.id('comment'),
      'input.reason': this.id('reason'),
      'input.validatedRag': this.id('rag-Red'),
    };
    return ids[field];
  }
}
