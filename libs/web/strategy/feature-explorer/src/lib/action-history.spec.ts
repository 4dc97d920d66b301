import { changeValue, fieldLabel, historyTitle, ragStrip } from './action-history';

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

describe('timeline wording', () => {
  it('names the record, what happened and the period', () => {
    expect(historyTitle({ entityType: 'progress_update', operation: 'submit', periodName: '2024/25 Q2', changes: [] })).toBe(
      'Progress update submitted (2024/25 Q2)',
    );
    expect(historyTitle({ entityType: 'action', operation: 'create', periodName: null, changes: [] })).toBe('Action created');
    expect(historyTitle({ entityType: 'theme_commentary', operation: 'someThing', periodName: null, changes: [] })).toBe(
      'Theme commentary some thing',
    );
  });

  it('labels fields and values in plain words', () => {
    expect(fieldLabel('currentDueOn')).toBe('Due date');
    expect(fieldLabel('narrative')).toBe('Narrative');
    expect(fieldLabel('percentComplete')).toBe('Percent complete');
    expect(changeValue(null)).toBe('(none)');
    expect(changeValue('InProgress')).toBe('In progress');
    expect(changeValue('x'.repeat(300), 10)).toBe('xxxxxxxxx…');
  });
});
