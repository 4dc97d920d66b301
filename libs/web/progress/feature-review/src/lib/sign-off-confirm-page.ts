import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  type PeriodSignOff,
  ReviewStore,
  type SignOffOutstandingKind,
  describeError,
} from '@waymark/web/shared/data-access';
import { ErrorSummary, type ErrorSummaryItem, Loading } from '@waymark/web/shared/ui';

type Item = PeriodSignOff['outstanding'][number];

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
  return ORDER.map((kind) => ({
    kind,
    heading: OUTSTANDING_HEADING[kind],
    items: items.filter((i) => i.kind === kind),
  })).filter((g) => g.items.length > 0);
}

/** Sign-off as a checked step: what is still outstanding, what signing off does to each, then an explicit confirmation. */
@Component({
  selector: 'wm-sign-off-confirm-page',
  imports: [RouterLink, ErrorSummary, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-off-confirm-page.html',
  providers: [ReviewStore],
})
export class SignOffConfirmPage {
  private readonly store = inject(ReviewStore);
  private readonly router = inject(Router);
  readonly strategyId = input.required<string>();
  readonly periodId = input.required<string>();

  protected readonly signOff = this.store.signOff.value;
  protected readonly loadError = this.store.signOff.error;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly busy = this.store.signOff.busy;
  protected readonly groups = computed(() => groupOutstanding(this.signOff()?.outstanding ?? []));

  constructor() {
    effect(() => void this.store.loadSignOff(this.periodId()));
  }

  protected async confirm(): Promise<void> {
    const period = this.signOff();
    if (!period || this.busy()) return;
    this.errors.set([]);
    try {
      await this.store.signOff.run(async () => {
        await this.store.signOffPeriod(period);
        await this.router.navigate(['/review', this.strategyId(), this.periodId()], { queryParams: { signedOff: 1 } });
      });
    } catch (error) {
      const problem = describeError(error);
      this.errors.set([
        {
          message:
            problem.code === 'CONFLICT'
              ? 'The period was changed by someone else. Go back to the review and check it again.'
              : problem.message,
        },
      ]);
    }
  }
}
