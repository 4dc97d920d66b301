import { longDate } from './history-values';
import { describeHistory, HistoryFacts } from './history-wording';

const UPDATE_ID = '6f1c2a9e-0d4b-4c1e-9a51-3b7f0e2d8c11';
const ACTION_ID = '0b5e7f3a-2c9d-4e8f-a1b2-c3d4e5f60718';
const LEE = '11111111-2222-4333-8444-555555555555';
const HELEN = '99999999-8888-4777-8666-555555555555';

const row = (over: Partial<HistoryFacts>): HistoryFacts => ({
  entityType: 'progress_update',
  entityId: UPDATE_ID,
  operation: 'update',
  actorName: 'Helen Barker',
  occurredAt: '2016-03-03T10:15:00.000Z',
  periodName: '2015/16 Q3',
  changes: {},
  reason: null,
  ...over,
});

const created = row({
  operation: 'create',
  actorName: 'Lee Lead',
  occurredAt: '2016-01-05T09:00:00.000Z',
  changes: {
    id: { before: null, after: UPDATE_ID },
    narrative: { before: null, after: 'Forty call handlers trained.' },
    proposedRag: { before: null, after: 'amber' },
    reviewState: { before: null, after: 'draft' },
    correctionCount: { before: null, after: 0 },
  },
});

/** Nothing a person should not read: ids, ISO timestamps, field names, JSON quotes, arrows or counters. */
function expectPlainWords(text: string): void {
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(text).not.toMatch(/validatedRag|proposedRag|correctionCount|lastCorrectionReason|reviewedById|[a-z]+_[a-z]+/);
  expect(text).not.toMatch(/"|→|Correction count/);
}

describe('timeline wording', () => {
  it('says a correction of the validated RAG in one sentence: what it replaced, who, when, and why', () => {
    const [, corrected] = describeHistory([
      created,
      row({
        operation: 'correct',
        changes: {
          validatedRag: { before: null, after: 'red' },
          validationReason: { before: null, after: 'The contract fell through.' },
          correctionCount: { before: 0, after: 1 },
          lastCorrectionReason: { before: null, after: 'The contract fell through.' },
        },
        reason: 'The contract fell through.',
      }),
    ]);
    expect(corrected.summary).toBe(
      'RAG validated as Red instead of Amber in the update for 2015/16 Q3, as a correction after sign-off, by Helen Barker on 3 March 2016. Reason: The contract fell through.',
    );
    expect(corrected.details).toEqual([]);
    expectPlainWords(corrected.summary);
  });

  it('reads what a value replaced from the record as it is now when no row created it (imported or demo data)', () => {
    const [validated, corrected] = describeHistory(
      [
        row({ operation: 'validate_rag', changes: { validatedRag: { before: null, after: 'green' } } }),
        row({
          operation: 'correct',
          changes: { validatedRag: { before: 'green', after: 'red' } },
          reason: 'Late figures.',
        }),
      ],
      {},
      { [`progress_update:${UPDATE_ID}`]: { proposedRag: 'amber', validatedRag: 'red' } },
    );
    expect(validated.summary).toBe(
      'RAG for 2015/16 Q3 validated as Green instead of Amber by Helen Barker on 3 March 2016',
    );
    expect(corrected.summary).toMatch(
      /^RAG validated as Red instead of Green in the update for 2015\/16 Q3, as a correction after sign-off,/,
    );
  });

  it('compares a corrected validated RAG with the RAG the board saw, even when it equals the proposed one', () => {
    const [corrected] = describeHistory(
      [
        row({
          operation: 'correct',
          changes: { validatedRag: { before: 'green', after: 'red' } },
          reason: 'Evidence reviewed.',
        }),
      ],
      {},
      { [`progress_update:${UPDATE_ID}`]: { proposedRag: 'red', validatedRag: 'red' } },
    );
    expect(corrected.summary).toBe(
      'RAG validated as Red instead of Green in the update for 2015/16 Q3, as a correction after sign-off, by Helen Barker on 3 March 2016. Reason: Evidence reviewed.',
    );
  });

  it('lists each change of a correction that changes several things', () => {
    const [, corrected] = describeHistory([
      created,
      row({
        operation: 'correct',
        changes: {
          narrative: { before: 'Forty call handlers trained.', after: 'Thirty call handlers trained.' },
          percentComplete: { before: null, after: 60 },
          correctionCount: { before: 0, after: 1 },
        },
        reason: 'The count was wrong.',
      }),
    ]);
    expect(corrected.summary).toBe(
      'The update for 2015/16 Q3 was corrected after sign-off by Helen Barker on 3 March 2016. Reason: The count was wrong.',
    );
    expect(corrected.details).toEqual(['Narrative rewritten', 'Percent complete set to 60']);
  });

  it('words the review workflow: validation against the proposed RAG as it stood then, accept and return with comments', () => {
    const wording = describeHistory([
      created,
      row({
        operation: 'submit',
        actorName: 'Lee Lead',
        changes: { reviewState: { before: 'draft', after: 'submitted' } },
      }),
      row({
        operation: 'validate_rag',
        changes: { validatedRag: { before: null, after: 'red' }, reviewedById: { before: null, after: HELEN } },
        reason: 'Funding gap.',
      }),
      row({
        operation: 'return',
        changes: { reviewState: { before: 'submitted', after: 'returned' } },
        reason: 'Say which wards.',
      }),
      row({
        operation: 'update',
        actorName: 'Lee Lead',
        changes: { proposedRag: { before: 'amber', after: 'red' }, narrative: { before: 'x', after: 'y' } },
      }),
      row({ operation: 'accept', changes: { reviewState: { before: 'submitted', after: 'accepted' } }, reason: null }),
    ]);
    expect(wording.map((w) => w.summary)).toEqual([
      'The update for 2015/16 Q3 was started by Lee Lead on 5 January 2016',
      'The update for 2015/16 Q3 was submitted for review by Lee Lead on 3 March 2016',
      'RAG for 2015/16 Q3 validated as Red instead of Amber by Helen Barker on 3 March 2016. Reason: Funding gap.',
      'The update for 2015/16 Q3 was returned to its lead by Helen Barker on 3 March 2016. Comment: Say which wards.',
      'The update for 2015/16 Q3 was edited by Lee Lead on 3 March 2016',
      'The update for 2015/16 Q3 was accepted by Helen Barker on 3 March 2016',
    ]);
    expect(wording[4].details).toEqual(['Proposed RAG changed from Amber to Red', 'Narrative rewritten']);
    for (const w of wording) [w.summary, ...w.details].forEach(expectPlainWords);
  });

  it('names people, organisations and dates in changes to the action, never their ids', () => {
    const [changed] = describeHistory(
      [
        row({
          entityType: 'action',
          entityId: ACTION_ID,
          operation: 'update',
          periodName: null,
          changes: {
            leadPersonId: { before: LEE, after: HELEN },
            currentDueOn: { before: '2016-03-31', after: '2016-06-30' },
            lifecycleStatus: { before: 'in_progress', after: 'complete' },
            title: { before: 'Train staff', after: 'Train call handlers' },
            deliveryGroupId: { before: null, after: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' },
          },
          reason: 'Status from the accepted progress update.',
        }),
      ],
      { [LEE]: 'Lee Lead', [HELEN]: 'Helen Barker' },
    );
    expect(changed.summary).toBe(
      'The action was changed by Helen Barker on 3 March 2016. Reason: Status from the accepted progress update.',
    );
    expect(changed.details).toEqual([
      'Lead officer changed from Lee Lead to Helen Barker',
      'Due date moved from 31 March 2016 to 30 June 2016',
      'Status changed from In progress to Complete',
      'Title changed from “Train staff” to “Train call handlers”',
      'Delivery group set to a record since removed',
    ]);
  });

  it('words proposed corrections and their outcome', () => {
    const wording = describeHistory([
      row({
        entityType: 'correction_proposal',
        entityId: HELEN,
        operation: 'create',
        actorName: 'Lee Lead',
        changes: {
          proposedRag: { before: null, after: 'red' },
          narrative: { before: null, after: 'New text' },
          state: { before: null, after: 'pending' },
        },
        reason: 'I gave the wrong RAG.',
      }),
      row({
        entityType: 'correction_proposal',
        entityId: HELEN,
        operation: 'decline',
        changes: { state: { before: 'pending', after: 'declined' } },
        reason: 'Amber is right.',
      }),
    ]);
    expect(wording).toEqual([
      {
        summary:
          'A correction to the update for 2015/16 Q3 was proposed by Lee Lead on 3 March 2016. Reason: I gave the wrong RAG.',
        details: ['Narrative rewritten', 'RAG proposed as Red'],
      },
      {
        summary: 'The proposed correction was declined by Helen Barker on 3 March 2016. Reason: Amber is right.',
        details: [],
      },
    ]);
  });

  it('gives dates in London time with the month in full', () => {
    expect(longDate('2016-03-03')).toBe('3 March 2016');
    // 23:30 UTC on 30 June is already 1 July in London (summer time).
    expect(longDate('2016-06-30T23:30:00.000Z')).toBe('1 July 2016');
    expect(longDate(new Date('2016-12-31T23:30:00.000Z'))).toBe('31 December 2016');
  });
});
