import type { HomeQuery } from '@waymark/web/shared/data-access';
import { pluralise as plural } from '@waymark/shared/domain';

export type OwedPeriod = HomeQuery['home']['owed'][number];

/** "4 updates to submit" or "Nothing left to submit". */
export function owedHeadline(period: OwedPeriod): string {
  return period.owed ? `${plural(period.owed, 'update', 'updates')} to submit` : 'Nothing left to submit';
}

/** "2 not started, 1 draft, 1 returned" (only the parts there are), then what is done. */
export function owedBreakdown(period: OwedPeriod): string {
  const parts = [
    period.notStarted ? `${period.notStarted} not started` : '',
    period.drafts ? plural(period.drafts, 'draft', 'drafts') : '',
    period.returned ? `${period.returned} returned to you` : '',
    period.submitted ? `${period.submitted} waiting for review` : '',
    period.accepted ? `${period.accepted} accepted` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** "1 update waiting for review". */
export function waitingText(waiting: number): string {
  return `${plural(waiting, 'update', 'updates')} waiting for review`;
}
