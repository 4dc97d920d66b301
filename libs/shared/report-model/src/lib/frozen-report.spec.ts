import type { BoardReportOptions } from './board-report';
import { buildBoardReport } from './build-board-report';
import { frozenReportOptions, viewFrozenReport } from './frozen-report';
import { yorkExampleSource } from './york-example';

describe('a view of a frozen report is the report the builder would make with the same options', () => {
  const source = yorkExampleSource();
  const periodId = source.periods[source.periods.length - 1].id;
  const on = '2016-06-30';
  const frozen = buildBoardReport(source, frozenReportOptions(periodId, on));
  const cases: Array<[string, BoardReportOptions]> = [
    ['no options', {}],
    ['exceptions only with RAG and due', { onlyExceptions: true, columns: ['rag', 'due'] }],
    [
      'two themes, history of two periods, indicators',
      {
        themeIds: [source.themes[1].id, source.themes[3].id],
        columns: ['history'],
        historyLength: 2,
        includeIndicators: true,
      },
    ],
    [
      'every column and an introduction',
      { columns: ['lead', 'due', 'rag', 'history'], introduction: '  Read with the Q4 minutes. ' },
    ],
  ];
  it.each(cases)('%s', (_name, options) => {
    expect(viewFrozenReport(frozen, options)).toEqual(
      buildBoardReport(source, { ...options, periodId, generatedOn: on }),
    );
  });

  it('names the themes parameter for a theme the report does not have', () => {
    expect(() => viewFrozenReport(frozen, { themeIds: ['nope'] })).toThrow(
      expect.objectContaining({ field: 'themes' }) as Error,
    );
  });
});
