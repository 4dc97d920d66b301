import { PeriodState, ReviewState } from '@waymark/shared/domain';
import type { ReportSource } from './report-source';

/**
 * What a reader is shown by default: accepted updates only. Drafts, submitted and returned updates are left out
 * entirely (their text and their RAG), so no default report can leak a lead's unfinished work.
 */
export function acceptedUpdatesOnly(source: ReportSource): ReportSource {
  return { ...source, updates: source.updates.filter((u) => u.reviewState === ReviewState.Accepted) };
}

export type DefaultPeriodReason = 'latest-signed-off' | 'in-review' | 'latest-started';

export interface DefaultPeriodChoice<P> {
  readonly period: P;
  readonly reason: DefaultPeriodReason;
}

export const DEFAULT_PERIOD_REASON_TEXT: Record<DefaultPeriodReason, string> = {
  'latest-signed-off': 'the latest signed-off period',
  'in-review': 'the period in review: you are preparing the next board',
  'latest-started': 'the latest period that has started (none is signed off yet)',
};

/**
 * The period a report opens on: for someone preparing the next board (the accountable group or an administrator)
 * the period in review, if there is one; otherwise the latest signed-off period; with none signed off, the latest
 * period that has started, else the first. Null when the strategy has no periods.
 */
export function defaultReportPeriod<P extends { readonly startsOn: string; readonly state: PeriodState | string }>(
  periods: readonly P[],
  preparingNextBoard: boolean,
  today: string,
): DefaultPeriodChoice<P> | null {
  const sorted = [...periods].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  const latest = (wanted: (p: P) => boolean) => [...sorted].reverse().find(wanted);
  const inReview = preparingNextBoard ? latest((p) => isState(p.state, PeriodState.InReview)) : undefined;
  if (inReview) return { period: inReview, reason: 'in-review' };
  const signedOff = latest((p) => isState(p.state, PeriodState.SignedOff));
  if (signedOff) return { period: signedOff, reason: 'latest-signed-off' };
  const started = latest((p) => p.startsOn <= today) ?? sorted[0];
  return started ? { period: started, reason: 'latest-started' } : null;
}

/** Period states arrive as the domain's values ('signed_off') from the API and as GraphQL names ('SignedOff') in the web app. */
function isState(value: string, state: PeriodState): boolean {
  const domainValue: string = state;
  return value === domainValue || value.replace(/_/g, '').toLowerCase() === state.replace(/_/g, '').toLowerCase();
}
