import { LifecycleStatus, Rag } from '@waymark/shared/domain';
import { columnLetter, matchHeaders } from './columns';
import { parsePlanSheet } from './rows';
import { parseDate, parseLifecycle, parsePersonReference, parseQuarterPeriod, parseRag, splitList } from './values';

describe('header matching', () => {
  it('matches headers by name whatever the case, spacing and order, and lists extra columns', () => {
    const match = matchHeaders(['\uFEFFACTION', '  theme ', 'Notes', 'lead_officer', 'Due Date', '']);
    expect(match.byField.action?.letter).toBe('A');
    expect(match.byField.theme?.letter).toBe('B');
    expect(match.byField.leadOfficer?.letter).toBe('D');
    expect(match.byField.dueDate?.letter).toBe('E');
    expect(match.ignored).toEqual([{ index: 2, letter: 'C', header: 'Notes', reason: 'not a template column' }]);
    expect(match.missingRequired).toEqual([]);
  });

  it('reports missing required columns', () => {
    expect(matchHeaders(['Objective', 'Action']).missingRequired).toEqual(['theme']);
  });

  it('numbers columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('value parsing', () => {
  it('reads ISO and UK dates and rejects impossible or ambiguous ones', () => {
    expect(parseDate('2018-03-31')).toEqual({ ok: true, value: '2018-03-31' });
    expect(parseDate('31/03/2018')).toEqual({ ok: true, value: '2018-03-31' });
    expect(parseDate('1/4/2018')).toEqual({ ok: true, value: '2018-04-01' });
    expect(parseDate('31.03.2018')).toEqual({ ok: true, value: '2018-03-31' });
    expect(parseDate('31/02/2018').ok).toBe(false);
    expect(parseDate('03/31/2018').ok).toBe(false);
    expect(parseDate('31/03/18')).toEqual({
      ok: false,
      reason: '"31/03/18" has a two-digit year: write the year in full, e.g. 31/03/2018',
    });
    expect(parseDate('next March').ok).toBe(false);
  });

  it('reads RAG words and letters', () => {
    expect(['Red', 'a', ' GREEN '].map((w) => parseRag(w))).toEqual([
      { ok: true, value: Rag.Red },
      { ok: true, value: Rag.Amber },
      { ok: true, value: Rag.Green },
    ]);
    expect(parseRag('Blue')).toEqual({
      ok: false,
      reason: '"Blue" is not a RAG rating: use Red, Amber or Green (or R, A, G)',
    });
  });

  it('reads lifecycle words', () => {
    expect(parseLifecycle('In Progress')).toEqual({ ok: true, value: LifecycleStatus.InProgress });
    expect(parseLifecycle('not-started')).toEqual({ ok: true, value: LifecycleStatus.NotStarted });
    expect(parseLifecycle('Completed')).toEqual({ ok: true, value: LifecycleStatus.Complete });
    expect(parseLifecycle('Finished?').ok).toBe(false);
  });

  it('turns "2018/19 Q2" into UK financial-year quarter dates', () => {
    expect(parseQuarterPeriod('2018/19 Q2')).toEqual({
      name: '2018/19 Q2',
      startsOn: '2018-07-01',
      endsOn: '2018-09-30',
      updateDeadline: '2018-10-14',
    });
    expect(parseQuarterPeriod('Q4 2018-2019')).toEqual({
      name: '2018/19 Q4',
      startsOn: '2019-01-01',
      endsOn: '2019-03-31',
      updateDeadline: '2019-04-14',
    });
    expect(parseQuarterPeriod('2018/20 Q1')).toBeNull();
    expect(parseQuarterPeriod('Spring 2019')).toBeNull();
  });

  it('reads people as name, email or "Name <email>"', () => {
    expect(parsePersonReference('Jo Smith <Jo@Example.org>')).toEqual({
      ok: true,
      value: { name: 'Jo Smith', email: 'jo@example.org' },
    });
    expect(parsePersonReference('jo@example.org')).toEqual({
      ok: true,
      value: { name: null, email: 'jo@example.org' },
    });
    expect(parsePersonReference('Jo Smith')).toEqual({ ok: true, value: { name: 'Jo Smith', email: null } });
    expect(parsePersonReference('jo@').ok).toBe(false);
  });

  it('splits supporting organisations on semicolons', () => {
    expect(splitList(' Police ; NHS Trust;; police ;')).toEqual(['Police', 'NHS Trust']);
  });
});

describe('parsePlanSheet', () => {
  const header = [
    'Theme no',
    'Theme',
    'Objective',
    'Action ref',
    'Action',
    'Start date',
    'Due date',
    'Status',
    'RAG',
    'Period',
    'Progress',
  ];

  it('repeats blank theme and objective cells from the row above (merged cells) and skips trailing empty rows', () => {
    const sheet = parsePlanSheet([
      header,
      ['1', 'Awareness', 'Reporting', 'A1', 'Awareness week', '', '', '', '', '', ''],
      ['', '', '', 'A2', 'Third-party reporting centres', '', '', '', '', '', ''],
      ['', '', 'Training', 'A3', 'Train staff', '', '', '', '', '', ''],
      ['2', 'Support victims', '', 'B1', 'Victim service', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', '', '', ''],
      [],
    ]);
    expect(sheet.problems).toEqual([]);
    expect(sheet.rowsRead).toBe(4);
    expect(sheet.themes.map((t) => [t.title, t.themeNo])).toEqual([
      ['Awareness', 1],
      ['Support victims', 2],
    ]);
    expect(sheet.objectives.map((o) => o.title)).toEqual(['Reporting', 'Training']);
    expect(sheet.actions.map((a) => [a.ref, a.objectiveKey])).toEqual([
      ['A1', 'awareness|reporting'],
      ['A2', 'awareness|reporting'],
      ['A3', 'awareness|training'],
      ['B1', null],
    ]);
  });

  it('gathers one row per action per period into updates', () => {
    const sheet = parsePlanSheet([
      header,
      [
        '1',
        'Awareness',
        '',
        'A1',
        'Awareness week',
        '01/04/2018',
        '2019-03-31',
        'In progress',
        'G',
        '2018/19 Q1',
        'Planned',
      ],
      [
        '1',
        'Awareness',
        '',
        'A1',
        'Awareness week',
        '',
        '',
        'Complete',
        'Green',
        '2018/19 Q2',
        'Held\r\nin 12 schools',
      ],
    ]);
    expect(sheet.problems).toEqual([]);
    expect(sheet.actions).toHaveLength(1);
    expect(sheet.actions[0]).toMatchObject({ startDate: '2018-04-01', dueDate: '2019-03-31', status: null });
    expect(sheet.actions[0].entries).toEqual([
      {
        rowNumber: 2,
        period: '2018/19 Q1',
        rag: Rag.Green,
        progress: 'Planned',
        status: LifecycleStatus.InProgress,
        reviewState: null,
      },
      {
        rowNumber: 3,
        period: '2018/19 Q2',
        rag: Rag.Green,
        progress: 'Held\nin 12 schools',
        status: LifecycleStatus.Complete,
        reviewState: null,
      },
    ]);
  });

  it('reports each problem with the row number Excel shows, the column letter and a reason', () => {
    const sheet = parsePlanSheet([
      header,
      ['1', 'Awareness', '', 'A1', 'Awareness week', '2018-04-01', '2018-03-01', 'Sort of', 'Purple', '2018/19 Q1', ''],
      ['1', 'Awareness', '', 'A2', '', '', '31/02/2019', '', '', '', ''],
      ['1', 'Awareness', '', 'A1', 'Something else', '', '', '', '', '', ''],
      ['1', 'Awareness', '', 'A3', 'Report', '', '', '', 'Red', '', 'Did things'],
    ]);
    expect(sheet.problems.map((p) => [p.row, p.columnLetter, p.column, p.message])).toEqual([
      [2, 'G', 'Due date', 'Due date 2018-03-01 is before the start date 2018-04-01.'],
      [
        2,
        'H',
        'Status',
        '"Sort of" is not a status: use Not started, In progress, Ongoing, Complete, Deferred or Cancelled',
      ],
      [2, 'I', 'RAG', '"Purple" is not a RAG rating: use Red, Amber or Green (or R, A, G)'],
      [3, 'E', 'Action', 'Action text is missing.'],
      [3, 'G', 'Due date', '"31/02/2019" is not a real date (day/month/year)'],
      [4, 'D', 'Action ref', 'Duplicate ref: "A1" is already used on row 2 for a different action ("Awareness week").'],
      [5, 'I', 'RAG', 'A RAG rating is recorded against a reporting period: fill in the Period column.'],
      [5, 'K', 'Progress', 'Progress is recorded against a reporting period: fill in the Period column.'],
    ]);
  });

  it('refuses a file without the required columns', () => {
    const sheet = parsePlanSheet([
      ['Objective', 'Lead'],
      ['x', 'y'],
    ]);
    expect(sheet.problems.map((p) => p.message)).toEqual([
      'Required column "Theme" is missing from the header row.',
      'Required column "Action" is missing from the header row.',
    ]);
  });
});

describe('finding the header row below title rows', () => {
  it('skips a title and a blank row above the headings and keeps the file’s row numbers in problems', () => {
    const sheet = parsePlanSheet([
      ['Hate Crime Strategy 2018-21', '', ''],
      ['', '', ''],
      ['Theme', 'Action', 'Due date'],
      ['Raise awareness', 'Awareness week', '31/03/2019'],
      ['', 'Training', 'soon'],
    ]);
    expect(sheet.headerRowNumber).toBe(3);
    expect(sheet.rowsAboveHeader).toEqual(['Hate Crime Strategy 2018-21']);
    expect(sheet.actions.map((a) => [a.title, a.firstRow])).toEqual([
      ['Awareness week', 4],
      ['Training', 5],
    ]);
    expect(sheet.problems).toEqual([expect.objectContaining({ row: 5, columnLetter: 'C', column: 'Due date' })]);
  });

  it('falls back to the first non-blank row when no row has a template heading, and reports the missing columns there', () => {
    const sheet = parsePlanSheet([[''], ['Notes', 'More notes'], ['x', 'y']]);
    expect(sheet.headerRowNumber).toBe(2);
    expect(sheet.problems.map((p) => p.row)).toEqual([2, 2]);
  });
});
