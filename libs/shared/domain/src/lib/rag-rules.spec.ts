import { LifecycleStatus, Rag, ReviewState } from './enums';
import {
  countedRag,
  effectiveRag,
  isOverdue,
  isStaleNarrative,
  ragApplies,
  ragDistribution,
  ragMovement,
  ragShare,
} from './rag-rules';

describe('RAG rules', () => {
  it('applies RAG only to live work', () => {
    expect(ragApplies(LifecycleStatus.InProgress)).toBe(true);
    expect(ragApplies(LifecycleStatus.Ongoing)).toBe(true);
    expect(ragApplies(LifecycleStatus.Complete)).toBe(false);
    expect(ragApplies(LifecycleStatus.NotStarted)).toBe(false);
  });

  it('prefers the validated RAG over the proposed one', () => {
    expect(effectiveRag({ proposedRag: Rag.Green, validatedRag: Rag.Amber })).toBe(Rag.Amber);
    expect(effectiveRag({ proposedRag: Rag.Green, validatedRag: null })).toBe(Rag.Green);
    expect(effectiveRag(null)).toBeNull();
  });

  it('counts a distribution with unrated actions kept apart', () => {
    expect(ragDistribution([Rag.Red, Rag.Green, Rag.Green, null, undefined, Rag.Amber])).toEqual({
      red: 1,
      amber: 1,
      green: 2,
      notRated: 2,
      total: 6,
    });
  });

  it('gives each bucket as a whole-number percentage of the total, and 0 when there is nothing to count', () => {
    expect(ragShare(ragDistribution([Rag.Red, Rag.Green, Rag.Green, null, undefined, Rag.Amber]))).toMatchObject({
      redPercent: 17,
      amberPercent: 17,
      greenPercent: 33,
      notRatedPercent: 33,
    });
    expect(ragShare(ragDistribution([]))).toMatchObject({
      total: 0,
      redPercent: 0,
      greenPercent: 0,
      notRatedPercent: 0,
    });
  });

  it('describes movement between periods', () => {
    expect(ragMovement(Rag.Green, Rag.Amber)).toBe('worse');
    expect(ragMovement(Rag.Red, Rag.Amber)).toBe('better');
    expect(ragMovement(Rag.Amber, Rag.Amber)).toBe('same');
    expect(ragMovement(null, Rag.Amber)).toBeNull();
  });

  it('flags overdue open actions only', () => {
    expect(isOverdue('2024-03-31', LifecycleStatus.InProgress, '2024-04-01')).toBe(true);
    expect(isOverdue('2024-03-31', LifecycleStatus.Complete, '2024-04-01')).toBe(false);
    expect(isOverdue('2024-04-01', LifecycleStatus.InProgress, '2024-04-01')).toBe(false);
    expect(isOverdue(null, LifecycleStatus.InProgress, '2024-04-01')).toBe(false);
  });

  it('treats copied-forward text as stale, ignoring spacing and case', () => {
    expect(isStaleNarrative('Training  delivered.', 'training delivered.')).toBe(true);
    expect(isStaleNarrative('Training delivered to 40 staff.', 'Training delivered.')).toBe(false);
    expect(isStaleNarrative('', '')).toBe(false);
  });

  it('answers staleness exactly as comparing the collapsed, trimmed, lower-cased texts, ASCII or not', () => {
    const reference = (a: string, b: string) => {
      const n = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
      return n(a) !== '' && n(a) === n(b);
    };
    const pieces = ['a', 'A', 'b', ' ', '  ', '\t', '\n', '\u00a0', 'É', 'é', 'İ', 'i', '.', 'Σ', '\u2028'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = () =>
      Array.from({ length: Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    for (let k = 0; k < 5000; k += 1) {
      const a = text();
      const b = next() < 0.5 ? a.toUpperCase().replace(/ /g, '  ') : text();
      expect([a, b, isStaleNarrative(a, b)]).toEqual([a, b, reference(a, b) && a !== '' && b !== '']);
    }
  });
});

describe('countedRag: the one rule for the RAG an action counts with', () => {
  const update = {
    reviewState: ReviewState.Submitted,
    lifecycleStatus: null,
    proposedRag: Rag.Green,
    validatedRag: null,
  };
  it('counts a submitted, returned or accepted update: validated RAG first, else proposed', () => {
    expect(countedRag(update, LifecycleStatus.InProgress)).toBe(Rag.Green);
    expect(
      countedRag({ ...update, reviewState: ReviewState.Accepted, validatedRag: Rag.Red }, LifecycleStatus.InProgress),
    ).toBe(Rag.Red);
    expect(countedRag({ ...update, reviewState: ReviewState.Returned }, LifecycleStatus.Ongoing)).toBe(Rag.Green);
  });
  it('does not count a draft, a missing update, or a lifecycle RAG does not apply to', () => {
    expect(countedRag({ ...update, reviewState: ReviewState.Draft }, LifecycleStatus.InProgress)).toBeNull();
    expect(countedRag(null, LifecycleStatus.InProgress)).toBeNull();
    expect(countedRag({ ...update, lifecycleStatus: LifecycleStatus.Complete }, LifecycleStatus.InProgress)).toBeNull();
    expect(countedRag(update, LifecycleStatus.NotStarted)).toBeNull();
  });
});
