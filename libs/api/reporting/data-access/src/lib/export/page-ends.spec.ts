import { buildBoardReport, yorkExampleSource } from '@waymark/shared/report-model';
import { strandedPageEnds } from './page-ends';

describe('strandedPageEnds', () => {
  const report = buildBoardReport(yorkExampleSource(), { periodId: 'q2', generatedOn: '2015-10-20', columns: ['rag'] });
  const footer = '\n\n                Page 1 of 3\n';

  it('finds a page ending with a heading, a wrapped heading, the level heading or a header row', () => {
    const pages = [
      `Some text\n1.   Strategic Aim 1: Raise awareness of hate crimes to aid${footer}`,
      `Body\n   hate crimes and incidents\n`,
      `Body\nStrategic Aims\n`,
      `Body\n  Objective        Action          Progress         RAG\n`,
      'the last page may end with anything\n3. Strategic Aim 2: Make it easier for people to report hate crime\n',
    ];
    expect(strandedPageEnds(report, pages)).toEqual([
      'page 1: 1. Strategic Aim 1: Raise awareness of hate crimes to aid',
      'page 2: hate crimes and incidents',
      'page 3: Strategic Aims',
      'page 4: Objective Action Progress RAG',
    ]);
  });

  it('accepts pages that end in body text', () => {
    expect(strandedPageEnds(report, [`Training was developed and rolled out in 2014.${footer}`, 'end'])).toEqual([]);
  });
});
