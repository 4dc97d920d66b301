import { actionNumberLabel, numberSiblings, toLowerRoman } from './numbering';

describe('action numbering', () => {
  it.each([
    [1, 'i'], [2, 'ii'], [3, 'iii'], [4, 'iv'], [9, 'ix'], [14, 'xiv'], [40, 'xl'], [1994, 'mcmxciv'],
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
    expect([...positions.entries()]).toEqual([['c', 1], ['a', 2], ['b', 3]]);
  });
});
