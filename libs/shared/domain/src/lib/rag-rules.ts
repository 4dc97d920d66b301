import { LifecycleStatus, Rag, ReviewState } from './enums';

/** RAG is a second axis that only applies while work is live. */
export function ragApplies(status: LifecycleStatus | null | undefined): boolean {
  return status === LifecycleStatus.InProgress || status === LifecycleStatus.Ongoing;
}

/** The RAG a board sees: the senior officer group's validated RAG when set, otherwise the lead's proposal. */
export function effectiveRag(
  update: { proposedRag?: Rag | null; validatedRag?: Rag | null } | null | undefined,
): Rag | null {
  if (!update) return null;
  return update.validatedRag ?? update.proposedRag ?? null;
}

/** What `countedRag` needs of a progress update. */
export interface CountableUpdate {
  readonly reviewState: ReviewState | `${ReviewState}`;
  readonly lifecycleStatus?: LifecycleStatus | null;
  readonly proposedRag?: Rag | null;
  readonly validatedRag?: Rag | null;
}

/**
 * The one rule for the RAG an action counts with in a period, used by the review dashboard, every report and the
 * bench baseline: none without an update, none for an unsubmitted draft (it is not yet the lead's to report), none
 * when RAG does not apply to the lifecycle as of the period (the update's, else the action's); otherwise the
 * validated RAG, else the proposed one.
 */
export function countedRag(
  update: CountableUpdate | null | undefined,
  actionLifecycle: LifecycleStatus | null | undefined,
): Rag | null {
  if (!update || update.reviewState === ReviewState.Draft) return null;
  return ragApplies(update.lifecycleStatus ?? actionLifecycle) ? effectiveRag(update) : null;
}

export type RagBucket = Rag | 'not_rated';

export interface RagDistribution {
  readonly red: number;
  readonly amber: number;
  readonly green: number;
  readonly notRated: number;
  readonly total: number;
}

/** Counts RAG values; null (no update, or RAG not applicable) counts as not rated. */
export function ragDistribution(values: ReadonlyArray<Rag | null | undefined>): RagDistribution {
  let red = 0,
    amber = 0,
    green = 0,
    notRated = 0;
  for (const value of values) {
    if (value === Rag.Red) red++;
    else if (value === Rag.Amber) amber++;
    else if (value === Rag.Green) green++;
    else notRated++;
  }
  return { red, amber, green, notRated, total: values.length };
}

const SEVERITY: Record<Rag, number> = { [Rag.Green]: 0, [Rag.Amber]: 1, [Rag.Red]: 2 };

/** "worse", "better" or "same" between two periods' RAG; null when either side is not rated. */
export function ragMovement(
  previous: Rag | null | undefined,
  current: Rag | null | undefined,
): 'worse' | 'better' | 'same' | null {
  if (!previous || !current) return null;
  const delta = SEVERITY[current] - SEVERITY[previous];
  return delta > 0 ? 'worse' : delta < 0 ? 'better' : 'same';
}

/** Overdue: due date passed (as of `today`, ISO date) and the action is not closed. */
export function isOverdue(dueOn: string | null | undefined, status: LifecycleStatus, today: string): boolean {
  if (!dueOn) return false;
  const closed =
    status === LifecycleStatus.Complete || status === LifecycleStatus.Cancelled || status === LifecycleStatus.Ongoing;
  return !closed && dueOn < today;
}

/** Stale text: the narrative was copied forward unchanged (ignoring whitespace) from the previous period. */
export function isStaleNarrative(current: string | null | undefined, previous: string | null | undefined): boolean {
  if (!current || !previous) return false;
  const quick = compareAsciiNormalised(current, previous);
  if (quick !== null) return quick;
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return normalise(current) !== '' && normalise(current) === normalise(previous);
}

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * The same answer as comparing the whitespace-collapsed, trimmed, lower-cased texts, without building them:
 * walks both texts once and stops at the first difference (most narratives differ in the first words).
 * Returns null when it meets a non-ASCII character, for the exact Unicode comparison.
 */
function compareAsciiNormalised(a: string, b: string): boolean | null {
  let i = 0;
  let j = 0;
  let sawText = false;
  for (;;) {
    let spaceA = false;
    let spaceB = false;
    while (i < a.length && isAsciiSpace(a.charCodeAt(i))) {
      i += 1;
      spaceA = true;
    }
    while (j < b.length && isAsciiSpace(b.charCodeAt(j))) {
      j += 1;
      spaceB = true;
    }
    const endA = i >= a.length;
    const endB = j >= b.length;
    let ca = endA ? 0 : a.charCodeAt(i);
    let cb = endB ? 0 : b.charCodeAt(j);
    if (ca > 127 || cb > 127) return null;
    if (endA || endB) return endA && endB && sawText;
    if (sawText && spaceA !== spaceB) return false;
    if (ca >= 65 && ca <= 90) ca += 32;
    if (cb >= 65 && cb <= 90) cb += 32;
    if (ca !== cb) return false;
    sawText = true;
    i += 1;
    j += 1;
  }
}

/** A distribution with each bucket as a whole-number percentage of the total (0 when there is nothing to count). */
export interface RagShare extends RagDistribution {
  readonly redPercent: number;
  readonly amberPercent: number;
  readonly greenPercent: number;
  readonly notRatedPercent: number;
}

export function ragShare(distribution: RagDistribution): RagShare {
  const percent = (n: number) => (distribution.total === 0 ? 0 : Math.round((n * 100) / distribution.total));
  return {
    ...distribution,
    redPercent: percent(distribution.red),
    amberPercent: percent(distribution.amber),
    greenPercent: percent(distribution.green),
    notRatedPercent: percent(distribution.notRated),
  };
}
