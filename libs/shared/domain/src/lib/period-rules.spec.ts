import { isNotStartedYet, NOT_STARTED_YET_TEXT } from './period-rules';

describe('isNotStartedYet', () => {
  it('is true only when the action starts after the period ends', () => {
    expect(isNotStartedYet('2016-04-01', '2016-03-31')).toBe(true);
    expect(isNotStartedYet('2016-03-31', '2016-03-31')).toBe(false);
    expect(isNotStartedYet('2016-01-01', '2016-03-31')).toBe(false);
  });

  it('treats an action without a start date as started, and ignores a time part', () => {
    expect(isNotStartedYet(null, '2016-03-31')).toBe(false);
    expect(isNotStartedYet(undefined, '2016-03-31')).toBe(false);
    expect(isNotStartedYet('2016-04-01T00:00:00.000Z', '2016-03-31')).toBe(true);
    expect(NOT_STARTED_YET_TEXT).toBe('Not started yet');
  });
});
