import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AcceptProgressUpdatesDocument, type AcceptProgressUpdatesMutation, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@waymark/web/shared/ui';
import { type BulkAcceptResult, BulkAcceptSelection, type SelectedUpdate } from './bulk-accept-selection';

type Outcome = AcceptProgressUpdatesMutation['acceptProgressUpdates'][number];

/** Plain words for why one update of a bulk accept was not accepted. */
export function refusalReason(outcome: Pick<Outcome, 'code' | 'message'>): string {
  if (outcome.code === 'CONFLICT') return 'it was changed after you loaded the review, so it was not accepted. Read the change and decide again.';
  if (outcome.code === 'BAD_USER_INPUT') return 'it is no longer waiting for review (it may have been withdrawn, returned or accepted by someone else).';
  return outcome.message ?? 'it could not be accepted.';
}

/** The result of a bulk accept, in the order the updates were selected. */
export function bulkAcceptResult(updates: readonly SelectedUpdate[], outcomes: readonly Outcome[]): BulkAcceptResult {
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
})
export class AcceptSelectedPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly bulk = inject(BulkAcceptSelection);
  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();

  /** Only a selection made on this strategy and period's dashboard. */
  protected readonly selection = computed(() => {
    const held = this.bulk.selection();
    return held && held.strategyId === this.strategyId() && held.periodId === this.periodId() && held.updates.length > 0 ? held : null;
  });
  protected readonly backQuery = computed(() => this.selection()?.query ?? {});
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = signal(false);

  protected async confirm(): Promise<void> {
    const held = this.selection();
    if (!held || this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: AcceptProgressUpdatesDocument, variables: { input: { updates: held.updates.map(({ id, version }) => ({ id, version })) } } }),
      );
      this.bulk.result.set({ periodId: held.periodId, result: bulkAcceptResult(held.updates, result.data?.acceptProgressUpdates ?? []) });
      this.bulk.selection.set(null);
      await this.router.navigate(['/review', held.strategyId, held.periodId], { queryParams: held.query });
    } catch (error) {
      this.errors.set([{ message: describeError(error).message }]);
    } finally {
      this.busy.set(false);
    }
  }

  protected cancel(): void {
    const query = this.backQuery();
    this.bulk.selection.set(null);
    void this.router.navigate(['/review', this.strategyId(), this.periodId()], { queryParams: query });
  }
}
