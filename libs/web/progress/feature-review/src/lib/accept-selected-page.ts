import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { type AcceptOutcome, ReviewStore, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { type BulkAcceptResult, BulkAcceptSelection, type SelectedUpdate } from './bulk-accept-selection';

/** Plain words for why one update of a bulk accept was not accepted. */
export function refusalReason(outcome: Pick<AcceptOutcome, 'code' | 'message'>): string {
  if (outcome.code === 'CONFLICT')
    return 'it was changed after you loaded the review, so it was not accepted. Read the change and decide again.';
  if (outcome.code === 'BAD_USER_INPUT')
    return 'it is no longer waiting for review (it may have been withdrawn, returned or accepted by someone else).';
  return outcome.message ?? 'it could not be accepted.';
}

/** The result of a bulk accept, in the order the updates were selected. */
export function bulkAcceptResult(
  updates: readonly SelectedUpdate[],
  outcomes: readonly AcceptOutcome[],
): BulkAcceptResult {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const accepted: SelectedUpdate[] = [];
  const refused: { update: SelectedUpdate; reason: string }[] = [];
  for (const update of updates) {
    const outcome = byId.get(update.id);
    if (outcome?.accepted) accepted.push(update);
    else refused.push({ update, reason: outcome ? refusalReason(outcome) : 'it could not be accepted.' });
  }
  return { accepted, refused };
}

/** Check page of "Accept selected": lists the updates about to be accepted, then accepts them on confirmation. */
@Component({
  selector: 'wm-accept-selected-page',
  imports: [RouterLink, ErrorSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-selected-page.html',
  providers: [ReviewStore],
})
export class AcceptSelectedPage {
  private readonly store = inject(ReviewStore);
  private readonly router = inject(Router);
  private readonly bulk = inject(BulkAcceptSelection);
  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();

  /** Only a selection made on this strategy and period's dashboard. */
  protected readonly selection = computed(() => {
    const held = this.bulk.selection();
    return held && held.strategyId === this.strategyId() && held.periodId === this.periodId() && held.updates.length > 0
      ? held
      : null;
  });
  protected readonly backQuery = computed(() => this.selection()?.query ?? {});
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = this.store.bulkAccept.busy;

  protected async confirm(): Promise<void> {
    const held = this.selection();
    if (!held || this.busy()) return;
    this.errors.set([]);
    try {
      await this.store.bulkAccept.run(async () => {
        const outcomes = await this.store.acceptUpdates(held.updates);
        this.bulk.result.set({ periodId: held.periodId, result: bulkAcceptResult(held.updates, outcomes) });
        this.bulk.selection.set(null);
        await this.router.navigate(['/review', held.strategyId, held.periodId], { queryParams: held.query });
      });
    } catch (error) {
      this.errors.set([{ message: describeError(error).message }]);
    }
  }

  protected cancel(): void {
    const query = this.backQuery();
    this.bulk.selection.set(null);
    void this.router.navigate(['/review', this.strategyId(), this.periodId()], { queryParams: query });
  }
}
