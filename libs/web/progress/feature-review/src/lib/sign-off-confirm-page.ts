import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PeriodSignOffDocument, type PeriodSignOffQuery, SetPeriodStateDocument, type SignOffOutstandingKind, describeError } from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, Loading } from '@waymark/web/shared/ui';

type SignOff = PeriodSignOffQuery['periodSignOff'];
type Item = SignOff['outstanding'][number];

export const OUTSTANDING_HEADING: Record<SignOffOutstandingKind, string> = {
  Submitted: 'Submitted but not reviewed',
  Returned: 'Returned to the lead',
  Draft: 'Still a draft',
  Missing: 'No update',
};
const ORDER: readonly SignOffOutstandingKind[] = ['Submitted', 'Returned', 'Draft', 'Missing'];

export interface OutstandingGroup {
  readonly kind: SignOffOutstandingKind;
  readonly heading: string;
  readonly items: readonly Item[];
}

/** Outstanding items by kind, in the order a reviewer can still act on them; kinds with nothing are left out. */
export function groupOutstanding(items: readonly Item[]): OutstandingGroup[] {
  return ORDER.map((kind) => ({ kind, heading: OUTSTANDING_HEADING[kind], items: items.filter((i) => i.kind === kind) })).filter((g) => g.items.length > 0);
}

/** Sign-off as a checked step: what is still outstanding, what signing off does to each, then an explicit confirmation. */
@Component({
  selector: 'wm-sign-off-confirm-page',
  imports: [RouterLink, ErrorSummary, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-off-confirm-page.html',
})
export class SignOffConfirmPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();

  protected readonly signOff = signal<SignOff | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = signal(false);
  protected readonly groups = computed(() => groupOutstanding(this.signOff()?.outstanding ?? []));

  constructor() {
    effect(() => void this.load(this.periodId()));
  }

  private async load(periodId: string): Promise<void> {
    try {
      const result = await firstValueFrom(this.apollo.query({ query: PeriodSignOffDocument, variables: { periodId }, fetchPolicy: 'network-only' }));
      this.signOff.set(result.data?.periodSignOff ?? null);
    } catch (error) {
      this.loadError.set(describeError(error).message);
    }
  }

  protected async confirm(): Promise<void> {
    const period = this.signOff();
    if (!period || this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      let version = period.version;
      if (period.state === 'Open') {
        const r = await firstValueFrom(this.apollo.mutate({ mutation: SetPeriodStateDocument, variables: { input: { id: period.periodId, version, state: 'InReview' } } }));
        version = r.data?.setPeriodState.version ?? version;
      }
      await firstValueFrom(this.apollo.mutate({ mutation: SetPeriodStateDocument, variables: { input: { id: period.periodId, version, state: 'SignedOff' } } }));
      await this.router.navigate(['/review', this.strategyId(), this.periodId()], { queryParams: { signedOff: 1 } });
    } catch (error) {
      const problem = describeError(error);
      this.errors.set([{ message: problem.code === 'CONFLICT' ? 'The period was changed by someone else. Go back to the review and check it again.' : problem.message }]);
    } finally {
      this.busy.set(false);
    }
  }
}
