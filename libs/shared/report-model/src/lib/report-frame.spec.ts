import { coverReport, pluralLabel, reportClosing, reportTitle } from './report-frame';

describe('the report frame', () => {
  it('puts the level label in the plural for the heading above the sections', () => {
    expect(pluralLabel('Strategic Aim')).toBe('Strategic Aims');
    expect(pluralLabel('Priority')).toBe('Priorities');
    expect(pluralLabel('Key objective')).toBe('Key objectives');
    expect(pluralLabel('Focus')).toBe('Focuses');
    expect(pluralLabel('Key')).toBe('Keys');
  });

  it('adds the years to the title only when the strategy title does not already name them', () => {
    expect(reportTitle('Embracing Diversity: A Hate Crime Strategy for York', '2013-04-01', '2016-03-31')).toBe(
      'Update on Implementation of Embracing Diversity: A Hate Crime Strategy for York (2013-16)',
    );
    expect(reportTitle('Hate Crime Strategy 2018-21', '2018-04-01', '2021-03-31')).toBe(
      'Update on Implementation of Hate Crime Strategy 2018-21',
    );
    expect(reportTitle('Hate Crime Strategy 2018–2021', '2018-04-01', '2021-03-31')).toBe(
      'Update on Implementation of Hate Crime Strategy 2018–2021',
    );
    expect(reportTitle('Hate Crime Strategy 2018/21', '2018-04-01', '2021-03-31')).toBe(
      'Update on Implementation of Hate Crime Strategy 2018/21',
    );
    expect(reportTitle('Annual plan 2025', '2025-01-01', '2025-12-31')).toBe(
      'Update on Implementation of Annual plan 2025',
    );
    expect(reportTitle('Plan from 2018', '2018-04-01', '2021-03-31')).toBe(
      'Update on Implementation of Plan from 2018 (2018-21)',
    );
  });

  it('keeps a cover only when something is filled in, with the meeting date in words and blank recommendations dropped', () => {
    expect(coverReport({ committee: ' ', recommendations: ['', ' '] })).toBeNull();
    expect(
      coverReport({
        committee: 'Safer York Partnership Board',
        meetingOn: '2015-11-12',
        recommendations: ['Note the progress', ' '],
      }),
    ).toEqual({
      committee: 'Safer York Partnership Board',
      meetingOn: '2015-11-12',
      meetingLabel: '12 Nov 2015',
      author: null,
      contactOfficer: null,
      purpose: null,
      recommendations: ['Note the progress'],
      background: null,
    });
    expect(reportClosing({ heading: 'Conclusion', text: '  ' })).toBeNull();
  });
});
