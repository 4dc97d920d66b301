import { moveOne, movedMessage } from './reorder';

describe('moveOne', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('swaps with the previous item when moving up and the next when moving down', () => {
    expect(moveOne(ids, 'c', 'up')).toEqual(['a', 'c', 'b', 'd']);
    expect(moveOne(ids, 'a', 'down')).toEqual(['b', 'a', 'c', 'd']);
  });

  it('returns null at the ends and for unknown ids, leaving the list alone', () => {
    expect(moveOne(ids, 'a', 'up')).toBeNull();
    expect(moveOne(ids, 'd', 'down')).toBeNull();
    expect(moveOne(ids, 'x', 'up')).toBeNull();
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('movedMessage', () => {
  it('says the new position out of the total and where', () => {
    expect(movedMessage('Train staff', 'up', 2, 4, 'Strategic Aim 1')).toBe(
      'Train staff moved up: now 2 of 4 in Strategic Aim 1',
    );
    expect(movedMessage('Raise awareness', 'down', 3, 3, '')).toBe('Raise awareness moved down: now 3 of 3');
  });
});
