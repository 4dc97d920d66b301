import { actionNumberLabel, comparePlanNumbers, numberSiblings, toLowerRoman } from './numbering';

describe('action numbering', () => {
  it.each([
    [1, 'i'],
    [2, 'ii'],
    [3, 'iii'],
    [4, 'iv'],
    [9, 'ix'],
    [14, 'xiv'],
    [40, 'xl'],
    [1994, 'mcmxciv'],
  ])('numbers position %i as %s', (position, expected) => {
    expect(toLowerRoman(position)).toBe(expected);
  });

  it('labels actions the way York does', () => {
    expect(actionNumberLabel(3)).toBe('iii)');
  });

  it('refuses positions that cannot be numbered', () => {
    expect(() => toLowerRoman(0)).toThrow(RangeError);
    expect(() => toLowerRoman(1.5)).toThrow(RangeError);
  });

  it('derives positions from sort order, breaking ties by id so the order is stable', () => {
    const positions = numberSiblings([
      { id: 'b', sortOrder: 20 },
      { id: 'c', sortOrder: 10 },
      { id: 'a', sortOrder: 20 },
    ]);
    expect([...positions.entries()]).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });
});

describe('plan order of action numbers', () => {
  it('sorts dotted numbers naturally: 1.9 before 1.10, 1.2.2 before 1.3.2', () => {
    const refs = ['1.10.1', '1.3.2', '1.1.3', '1.9.2', '1.2.2', '1.1.2', '2.1', '1.10'];
    expect([...refs].sort(comparePlanNumbers)).toEqual([
      '1.1.2',
      '1.1.3',
      '1.2.2',
      '1.3.2',
      '1.9.2',
      '1.10',
      '1.10.1',
      '2.1',
    ]);
  });

  it('compares letters in a number as text, ignoring case', () => {
    expect(['1.2b', '1.2A', '1.10a'].sort(comparePlanNumbers)).toEqual(['1.2A', '1.2b', '1.10a']);
  });
});
