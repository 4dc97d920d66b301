/** RAG history strip and the signed-off updates of the action page: pure functions, tested. (The timeline's words come from the API: `describeHistory` in shared/domain.) */
export type RagWord = 'Red' | 'Amber' | 'Green';

export interface StripPeriod {
  readonly id: string;
  readonly name: string;
}

export interface StripUpdate {
  readonly periodId: string;
  readonly effectiveRag: RagWord | null;
  readonly lifecycleStatus: string | null;
}

export interface StripCell {
  readonly periodId: string;
  readonly periodName: string;
  readonly rag: RagWord | null;
  /** The RAG word, else the lifecycle word (e.g. "Complete"), else "No update". */
  readonly label: string;
}

const LIFECYCLE: Record<string, string> = {
  NotStarted: 'Not started',
  InProgress: 'In progress',
  Ongoing: 'Ongoing',
  Complete: 'Complete',
  Deferred: 'Deferred',
  Cancelled: 'Cancelled',
};

/** One cell per period in period order, so a gap (no update) is visible as a gap. */
export function ragStrip(periods: readonly StripPeriod[], updates: readonly StripUpdate[]): StripCell[] {
  const byPeriod = new Map(updates.map((u) => [u.periodId, u]));
  return periods.map((p) => {
    const update = byPeriod.get(p.id);
    const rag = update?.effectiveRag ?? null;
    const label =
      rag ?? (update ? (update.lifecycleStatus && LIFECYCLE[update.lifecycleStatus]) || 'No RAG' : 'No update');
    return { periodId: p.id, periodName: p.name, rag, label };
  });
}

export interface SignedOffUpdate {
  readonly periodId: string;
  readonly periodName: string;
  readonly rag: RagWord | null;
}

/** The action's updates in signed-off periods, newest period first: the ones only a correction can change. */
export function signedOffUpdates(
  periods: ReadonlyArray<StripPeriod & { readonly state: string }>,
  updates: readonly StripUpdate[],
): SignedOffUpdate[] {
  const byPeriod = new Map(updates.map((u) => [u.periodId, u]));
  return periods
    .filter((p) => p.state === 'SignedOff' && byPeriod.has(p.id))
    .map((p) => ({ periodId: p.id, periodName: p.name, rag: byPeriod.get(p.id)?.effectiveRag ?? null }))
    .reverse();
}
