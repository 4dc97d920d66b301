import { LifecycleStatus, Rag } from '@waymark/shared/domain';
import { buildBoardReport, ReportOptionError } from './build-board-report';
import { NO_UPDATE_TEXT } from './report-row';
import { yorkExampleSource } from './york-example';
import type { ReportSource } from './report-source';

const today = '2015-10-20';

describe('board update report', () => {
  const report = buildBoardReport(yorkExampleSource(), { periodId: 'q2', generatedOn: today });

  it('titles the report the way York does', () => {
    expect(report.title).toBe(
      'Update on Implementation of Embracing Diversity: A Hate Crime Strategy for York (2013-16)',
    );
    expect(report.period.name).toBe('Q2 2015-16');
    expect(report.dateLabel).toBe('20 Oct 2015');
  });

  it('numbers headings and commentary in one running sequence, as York paragraphs 1-9', () => {
    expect(report.sections.map((s) => [s.paragraphNumber, s.heading])).toEqual([
      [1, 'Strategic Aim 1: Raise awareness of hate crimes to aid prevention'],
      [3, 'Strategic Aim 2: Make it easier for people to report hate crime'],
      [5, 'Strategic Aim 3: Improve the support available to victims of hate crime'],
      [
        7,
        'Strategic Aim 4: Improve data capture and develop a more accurate reflection of the extent and breakdown of hate crimes and incidents',
      ],
    ]);
    expect(report.sections.map((s) => s.commentary.map((c) => c.number))).toEqual([[2], [4], [6], [8, 9]]);
  });

  it('numbers actions i), ii), iii) within each objective and spans the objective cell over them', () => {
    const rows = report.sections[0].rows;
    expect(rows.map((r) => r.number)).toEqual(['i)', 'ii)', 'iii)', 'i)', 'ii)']);
    expect(rows.map((r) => r.objective?.rowSpan ?? 0)).toEqual([3, 0, 0, 2, 0]);
    expect(rows[3].reference).toBe('1.2 i)');
  });

  it('shows only accepted updates by default: a submitted one is not received yet, its text and RAG left out', () => {
    const pending = report.sections[0].rows[1];
    expect(report.includesUnaccepted).toBe(false);
    expect(pending.progress).toEqual({ text: NO_UPDATE_TEXT, state: 'missing', marker: null });
    expect(JSON.stringify(report)).not.toContain('SYP Board');
    expect(JSON.stringify(report)).not.toContain('Draft, not yet submitted');
  });

  it('marks unaccepted updates and missing ones when asked to include updates not yet accepted', () => {
    const withPending = buildBoardReport(yorkExampleSource(), {
      periodId: 'q2',
      generatedOn: today,
      includeUnaccepted: true,
    });
    expect(withPending.includesUnaccepted).toBe(true);
    const pending = withPending.sections[0].rows[1];
    expect(pending.progress).toEqual({
      text: expect.stringContaining('SYP Board') as string,
      state: 'submitted',
      marker: 'Not yet accepted',
    });
    const missing = report.sections[1].rows[2];
    expect(missing.progress).toEqual({ text: NO_UPDATE_TEXT, state: 'missing', marker: null });
    expect(missing.exceptions).toContain('missing');
  });

  it('keeps only the base columns unless asked, and goes landscape past three', () => {
    expect(report.columns.map((c) => c.key)).toEqual(['objective', 'action', 'progress']);
    expect(report.landscape).toBe(false);
    const wide = buildBoardReport(yorkExampleSource(), {
      periodId: 'q2',
      generatedOn: today,
      columns: ['history', 'lead', 'rag'],
    });
    expect(wide.columns.map((c) => c.heading)).toEqual([
      'Objective',
      'Action',
      'Progress',
      'Lead',
      'RAG',
      'RAG history',
    ]);
    expect(wide.landscape).toBe(true);
    expect(wide.sections[0].rows[0].ragHistory.map((h) => h.label)).toEqual(['Green', 'Green']);
    expect(wide.sections[0].rows[0].lead).toBe('City of York Council (Jo Hughes)');
  });

  it('filters to exceptions, keeping original action numbers and recomputing spans', () => {
    const exceptions = buildBoardReport(yorkExampleSource(), {
      periodId: 'q2',
      generatedOn: today,
      onlyExceptions: true,
    });
    const all = exceptions.sections.flatMap((s) => s.rows);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((r) => r.exceptions.length > 0)).toBe(true);
    expect(all.every((r) => r.rag !== Rag.Green || r.exceptions.some((e) => e === 'overdue' || e === 'missing'))).toBe(
      true,
    );
    for (const section of exceptions.sections) {
      const spans = section.rows.reduce((sum, r) => sum + (r.objective?.rowSpan ?? 0), 0);
      expect(spans).toBe(section.rows.length);
    }
    const theme2 = exceptions.sections[1].rows;
    expect(theme2.map((r) => `${r.reference}`)).toContain('2.2 i)');
    expect(exceptions.summary.shown).toBe(all.length);
  });

  it('keeps theme numbers when only some themes are chosen', () => {
    const one = buildBoardReport(yorkExampleSource(), { periodId: 'q2', generatedOn: today, themeIds: ['t3'] });
    expect(one.sections.map((s) => [s.paragraphNumber, s.heading.slice(0, 15)])).toEqual([[1, 'Strategic Aim 3']]);
    expect(one.sections[0].commentary[0].number).toBe(2);
  });

  it('refuses unknown periods, themes and columns with the option named', () => {
    expect(() => buildBoardReport(yorkExampleSource(), { periodId: 'nope' })).toThrow(ReportOptionError);
    expect(() => buildBoardReport(yorkExampleSource(), { themeIds: ['nope'] })).toThrow(/No strategic aim nope/);
    expect(() => buildBoardReport(yorkExampleSource(), { columns: ['colour' as never] })).toThrow(
      /Unknown column "colour"/,
    );
  });

  it('omits the objective column for strategies without an objective level and numbers actions within the theme', () => {
    const source = yorkExampleSource();
    const flat: ReportSource = {
      ...source,
      strategy: { ...source.strategy, hasObjectiveLevel: false, themeLabel: 'Key objective' },
      objectives: [],
      actions: source.actions.map((a) => ({ ...a, objectiveId: null })),
    };
    const model = buildBoardReport(flat, { periodId: 'q2', generatedOn: today });
    expect(model.columns.map((c) => c.key)).toEqual(['action', 'progress']);
    expect(model.sections[0].rows.map((r) => r.number)).toEqual(['i)', 'ii)', 'iii)', 'iv)', 'v)']);
    expect(model.sections[0].rows.every((r) => r.objective === null)).toBe(true);
  });

  it('shows no RAG for completed work and owes no update for it', () => {
    const source = yorkExampleSource();
    const done: ReportSource = {
      ...source,
      actions: source.actions.map((a) => (a.id === 't2o2a1' ? { ...a, lifecycleStatus: LifecycleStatus.Complete } : a)),
    };
    const row = buildBoardReport(done, { periodId: 'q2', generatedOn: today, onlyExceptions: false }).sections[1]
      .rows[2];
    expect(row.rag).toBeNull();
    expect(row.exceptions).not.toContain('missing');
  });

  it('builds the indicator appendix up to the report period', () => {
    const withAppendix = buildBoardReport(yorkExampleSource(), {
      periodId: 'q2',
      generatedOn: today,
      includeIndicators: true,
    });
    expect(withAppendix.appendix?.periods.map((p) => p.name)).toEqual(['Q1 2015-16', 'Q2 2015-16']);
    expect(withAppendix.appendix?.rows.map((r) => [r.name, r.values, r.meetsTarget])).toEqual([
      ['Hate crimes reported', [131, 152], true],
      ['Victim satisfaction', [null, 76], false],
    ]);
  });
});
