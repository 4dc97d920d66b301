import { TestBed } from '@angular/core/testing';
import {
  buildBoardReport,
  buildRagTrend,
  editionLabel,
  ragTrendPeriods,
  frozenReportOptions,
  reviseFrozenReport,
  yorkExampleSource,
  type BoardReport,
} from '@waymark/shared/report-model';
import { BoardReportView, ragValue } from './board-report-view';

function render(report: BoardReport): HTMLElement {
  const fixture = TestBed.createComponent(BoardReportView);
  fixture.componentRef.setInput('report', report);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('BoardReportView', () => {
  it('shows the RAG trend as a captioned table per theme, and indicator values with their tolerance band in words', () => {
    const york = yorkExampleSource();
    const source = { ...york, indicators: york.indicators.map((i) => (i.id === 'i2' ? { ...i, tolerance: 5 } : i)) };
    const trend = buildRagTrend(source, ragTrendPeriods(source.periods, '2015-10-20', 'q2'), new Map());
    const el = render(
      buildBoardReport(source, {
        periodId: 'q2',
        generatedOn: '2015-10-20',
        includeRagTrend: true,
        ragTrend: trend,
        includeIndicators: true,
      }),
    );
    const tables = [...el.querySelectorAll('.wm-report__rag-trend table')];
    expect(tables.map((t) => text(t.querySelector('caption')))).toEqual([
      'Whole strategy',
      ...trend.themes.map((t) => `Strategic Aim ${t.number}: ${t.title}`),
    ]);
    const all = trend.periods[1].all;
    expect([...tables[0].querySelectorAll('tbody tr')[1].querySelectorAll('td')].map(text)).toEqual([
      `${all.red} (${all.redPercent}%)`,
      `${all.amber} (${all.amberPercent}%)`,
      `${all.green} (${all.greenPercent}%)`,
      `${all.notRated} (${all.notRatedPercent}%)`,
      String(all.total),
    ]);
    const bands = [...el.querySelectorAll('.wm-report__appendix .wm-report__band')].map(text);
    expect(bands).toEqual(['Off target', 'On target', 'Within tolerance']);
    expect(el.querySelector('.wm-report__appendix .govuk-tag--yellow')?.textContent).toContain('Within tolerance');
  });

  it('has no RAG trend section unless asked for', () => {
    expect(
      render(buildBoardReport(yorkExampleSource(), { generatedOn: '2016-06-01' })).querySelector(
        '.wm-report__rag-trend',
      ),
    ).toBeNull();
  });

  it('renders York’s shape: numbered theme headings, a table per theme, objective cells spanning their actions', () => {
    const report = buildBoardReport(yorkExampleSource(), { generatedOn: '2016-06-01' });
    const el = render(report);

    const headings = [...el.querySelectorAll('h3.wm-report__heading')].map(text);
    expect(headings).toEqual(report.sections.map((s) => `${s.paragraphNumber}. ${s.heading}`));
    expect(headings[0]).toMatch(/^1\. .+ 1: Raise awareness of hate crimes to aid prevention$/);

    const tables = el.querySelectorAll('table.wm-report__table');
    expect(tables).toHaveLength(report.sections.filter((s) => !s.emptyMessage).length);

    const first = tables[0];
    expect([...first.querySelectorAll('thead th')].map(text)).toEqual(['Objective', 'Action', 'Progress']);
    const spans = [...first.querySelectorAll('th.wm-report__objective')].map((th) => th.getAttribute('rowspan'));
    expect(spans).toEqual(['3', '2']);
    expect([...first.querySelectorAll('.wm-report__action-number')].map(text)).toEqual([
      'i)',
      'ii)',
      'iii)',
      'i)',
      'ii)',
    ]);
  });

  it('continues paragraph numbers through commentary and the next heading', () => {
    const report = buildBoardReport(yorkExampleSource(), { generatedOn: '2016-06-01' });
    const el = render(report);
    const numbers = [
      ...el.querySelectorAll('.wm-report__heading .wm-report__number, .wm-report__commentary .wm-report__number'),
    ].map((n) => Number(text(n).replace('.', '')));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('adds the chosen columns, with the RAG as a word', () => {
    const report = buildBoardReport(yorkExampleSource(), {
      generatedOn: '2016-06-01',
      columns: ['lead', 'due', 'rag'],
    });
    const el = render(report);
    expect([...el.querySelectorAll('table.wm-report__table')[0].querySelectorAll('thead th')].map(text)).toEqual(
      report.columns.map((c) => c.heading),
    );
    const tags = [...el.querySelectorAll('.govuk-tag')].map(text);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(['Red', 'Amber', 'Green', 'Overdue']).toContain(tag);
  });
});

describe('BoardReportView frame and text structure', () => {
  it('prints the cover report before the "Strategic Aims" heading, the recommendations as a numbered list, and the closing section', () => {
    const report = buildBoardReport(yorkExampleSource(), {
      generatedOn: '2016-06-01',
      cover: {
        committee: 'Safer York Partnership Board',
        meetingOn: '2016-06-12',
        recommendations: ['Note the progress', 'Agree the timetable'],
        purpose: 'To update.\n\nAnd decide.',
      },
      closing: { heading: 'Next steps', text: 'February.' },
    });
    const el = render(report);
    expect(text(el.querySelector('.wm-report__meta'))).toContain('12 Jun 2016');
    const details = [...el.querySelectorAll('.wm-report__cover-details .govuk-summary-list__row')].map(
      (row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`,
    );
    expect(details).toEqual(['Report to: Safer York Partnership Board', 'Meeting date: 12 Jun 2016']);
    expect([...el.querySelectorAll('ol.wm-report__recommendations li')].map(text)).toEqual([
      'Note the progress',
      'Agree the timetable',
    ]);
    expect([...el.querySelectorAll('.wm-report__cover .wm-report-text__paragraph')].map(text)).toEqual([
      'To update.',
      'And decide.',
    ]);
    const order = [
      ...el.querySelectorAll('.wm-report__cover, .wm-report__subheading, .wm-report__heading, .wm-report__closing'),
    ].map((n) => n.className.split(' ').find((c) => c.startsWith('wm-report__')));
    expect(order.indexOf('wm-report__cover')).toBeLessThan(order.indexOf('wm-report__heading'));
    expect(text(el.querySelector('h3.govuk-heading-l.wm-report__subheading'))).toBe('Strategic Aims');
    expect(text(el.querySelector('.wm-report__closing h3'))).toBe('Next steps');
    expect(text(el.querySelector('.wm-report__closing .wm-report-text__paragraph'))).toBe('February.');
  });

  it('keeps paragraphs and bullets of a progress update and of commentary', () => {
    const york = yorkExampleSource();
    const source = {
      ...york,
      updates: york.updates.map((u) =>
        u.actionId === 't1o1a1' && u.periodId === 'q2'
          ? { ...u, narrative: 'Done:\n- training\n- posters\n\nNext: schools.' }
          : u,
      ),
      commentary: york.commentary.map((c, i) =>
        i === 0 ? { ...c, body: 'First paragraph.\n\nSecond paragraph.' } : c,
      ),
    };
    const el = render(buildBoardReport(source, { periodId: 'q2', generatedOn: '2016-06-01' }));
    const cell = el.querySelector('.wm-report__progress') as HTMLElement;
    expect([...cell.querySelectorAll('ul li')].map(text)).toEqual(['training', 'posters']);
    expect([...cell.querySelectorAll('.wm-report-text__paragraph')].map(text)).toEqual(['Done:', 'Next: schools.']);
    const commentary = el.querySelector('.wm-report__commentary') as HTMLElement;
    expect(text(commentary.querySelector('.wm-report__number'))).toBe('2.');
    expect([...commentary.querySelectorAll('.wm-report-text__paragraph')].map(text)).toEqual([
      'First paragraph.',
      'Second paragraph.',
    ]);
  });
});

describe('ragValue', () => {
  it('maps the model’s lower-case RAG to the tag’s word', () => {
    expect(ragValue('red')).toBe('Red');
    expect(ragValue('Amber')).toBe('Amber');
    expect(ragValue(null)).toBeNull();
    expect(ragValue('purple')).toBeNull();
  });

  it('shows a frozen report\'s version and its "Corrections since sign-off" note; a live report has neither', () => {
    const source = yorkExampleSource();
    const periodId = source.periods[source.periods.length - 1].id;
    const frozen = {
      ...buildBoardReport(source, frozenReportOptions(periodId, '2016-06-30')),
      edition: { version: 1, signedOffOn: '2016-06-30', label: editionLabel(1, '2016-06-30') },
    };
    const row = frozen.sections[0].rows[0];
    const revised = reviseFrozenReport(frozen, frozen, {
      actionId: row.actionId,
      correctedOn: '2016-07-04',
      reason: 'Wrong quarter quoted.',
    });
    expect(revised).not.toBeNull();
    const el = render(revised as BoardReport);
    expect(text(el.querySelector('.wm-report__meta'))).toContain('Signed off 30 Jun 2016 · version 2');
    expect(text(el.querySelector('#wm-report-corrections'))).toBe('Corrections since sign-off');
    expect(text(el.querySelector('.wm-report__corrections li'))).toBe(
      `4 Jul 2016: ${row.reference} ${row.title}: Details not shown in this report were corrected. Reason: Wrong quarter quoted.`,
    );
    expect(
      render(buildBoardReport(source, { generatedOn: '2016-06-01' })).querySelector('.wm-report__corrections'),
    ).toBeNull();
  });
});
