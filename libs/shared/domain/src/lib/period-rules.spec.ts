import { firstOverlapping, isNotStartedYet, NOT_STARTED_YET_TEXT, spansOverlap, spanWithin } from './period-rules';

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

describe('period placement rules', () => {
  const q1 = { startsOn: '2018-04-01', endsOn: '2018-06-30' };
  it('counts a shared end day as an overlap and adjacent periods as none', () => {
    expect(spansOverlap(q1, { startsOn: '2018-06-30', endsOn: '2018-07-31' })).toBe(true);
    expect(spansOverlap(q1, { startsOn: '2018-07-01', endsOn: '2018-09-30' })).toBe(false);
    expect(
      firstOverlapping(q1, [
        { name: 'Q2', startsOn: '2018-07-01', endsOn: '2018-09-30' },
        { name: 'Spring', startsOn: '2018-05-01', endsOn: '2018-08-31' },
      ])?.name,
    ).toBe('Spring');
  });
  it('keeps a period within its strategy’s years', () => {
    const years = { startsOn: '2018-04-01', endsOn: '2021-03-31' };
    expect(spanWithin(years, q1)).toBe(true);
    expect(spanWithin(years, { startsOn: '2018-01-01', endsOn: '2018-03-31' })).toBe(false);
  });
});
