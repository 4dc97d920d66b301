import { ragStrip, signedOffUpdates } from './action-history';

describe('ragStrip', () => {
  const periods = [
    { id: 'p1', name: 'Q1' },
    { id: 'p2', name: 'Q2' },
    { id: 'p3', name: 'Q3' },
    { id: 'p4', name: 'Q4' },
  ];

  it('gives one cell per period in order, with a word for every cell', () => {
    const cells = ragStrip(periods, [
      { periodId: 'p3', effectiveRag: 'Amber', lifecycleStatus: 'InProgress' },
      { periodId: 'p1', effectiveRag: 'Green', lifecycleStatus: null },
      { periodId: 'p4', effectiveRag: null, lifecycleStatus: 'Complete' },
    ]);
    expect(cells.map((c) => [c.periodName, c.rag, c.label])).toEqual([
      ['Q1', 'Green', 'Green'],
      ['Q2', null, 'No update'],
      ['Q3', 'Amber', 'Amber'],
      ['Q4', null, 'Complete'],
    ]);
  });
});

describe('signedOffUpdates', () => {
  it('lists updates of signed-off periods only, newest period first', () => {
    const periods = [
      { id: 'p1', name: 'Q1', state: 'SignedOff' },
      { id: 'p2', name: 'Q2', state: 'SignedOff' },
      { id: 'p3', name: 'Q3', state: 'SignedOff' },
      { id: 'p4', name: 'Q4', state: 'Open' },
    ];
    const updates = [
      { periodId: 'p1', effectiveRag: 'Green' as const, lifecycleStatus: null },
      { periodId: 'p3', effectiveRag: 'Red' as const, lifecycleStatus: null },
      { periodId: 'p4', effectiveRag: 'Amber' as const, lifecycleStatus: null },
    ];
    expect(signedOffUpdates(periods, updates)).toEqual([
      { periodId: 'p3', periodName: 'Q3', rag: 'Red' },
      { periodId: 'p1', periodName: 'Q1', rag: 'Green' },
    ]);
  });
});
