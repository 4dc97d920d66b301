import { boardDownloadUrl, boardReportInput, changesDownloadUrl, type ReportChoice } from './report-choice';

const base: ReportChoice = {
  strategyId: 's1',
  periodId: 'p2',
  allThemeIds: ['t1', 't2', 't3'],
  themeIds: ['t1', 't2', 't3'],
  columns: [],
  onlyExceptions: false,
  includeIndicators: false,
  introduction: '',
  includeUnaccepted: false,
};

function query(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url, 'http://x').searchParams);
}

describe('boardDownloadUrl', () => {
  it('sends only strategy, period and format by default', () => {
    expect(boardDownloadUrl(base, 'docx')).toBe('/api/reports/board-update?strategy=s1&period=p2&format=docx');
  });

  it('leaves the period out so the API picks the latest one', () => {
    expect(query(boardDownloadUrl({ ...base, periodId: null }, 'csv'))).toEqual({ strategy: 's1', format: 'csv' });
  });

  it('sends columns in report order, a theme subset, flags and the introduction, encoded', () => {
    const url = boardDownloadUrl(
      {
        ...base,
        columns: ['rag', 'lead', 'history'],
        themeIds: ['t3', 't1'],
        onlyExceptions: true,
        includeIndicators: true,
        introduction: ' Q2 & more ',
      },
      'xlsx',
    );
    expect(query(url)).toEqual({
      strategy: 's1',
      period: 'p2',
      format: 'xlsx',
      columns: 'lead,rag,history',
      themes: 't3,t1',
      onlyExceptions: 'true',
      indicators: 'true',
      intro: 'Q2 & more',
    });
    expect(url).toContain('intro=Q2+%26+more');
  });

  it('asks for updates not yet accepted only when the officer chose it, and for a stored version when given', () => {
    expect(query(boardDownloadUrl({ ...base, includeUnaccepted: true }, 'csv'))).toEqual(
      expect.objectContaining({ includeUnaccepted: 'true' }),
    );
    expect(query(boardDownloadUrl(base, 'csv'))).not.toHaveProperty('includeUnaccepted');
    expect(query(boardDownloadUrl({ ...base, includeRagTrend: true }, 'pdf'))).toEqual(
      expect.objectContaining({ ragTrend: 'true' }),
    );
    expect(query(boardDownloadUrl(base, 'pdf'))).not.toHaveProperty('ragTrend');
    expect(query(boardDownloadUrl(base, 'docx', 2))).toEqual(expect.objectContaining({ version: '2' }));
  });
});

describe('boardReportInput', () => {
  it('sends no theme list when every theme is chosen, and null for an empty introduction', () => {
    expect(boardReportInput(base)).toEqual({
      strategyId: 's1',
      periodId: 'p2',
      columns: [],
      themeIds: null,
      onlyExceptions: false,
      includeIndicators: false,
      includeRagTrend: false,
      introduction: null,
      includeUnaccepted: false,
    });
  });

  it('ignores theme ids that are not in the strategy', () => {
    expect(boardReportInput({ ...base, themeIds: ['t2', 'gone'] }).themeIds).toEqual(['t2']);
  });
});

describe('changesDownloadUrl', () => {
  it('points at the changes report with the same strategy and period', () => {
    expect(changesDownloadUrl('s1', 'p2', 'pdf')).toBe('/api/reports/changes?strategy=s1&period=p2&format=pdf');
  });
});
