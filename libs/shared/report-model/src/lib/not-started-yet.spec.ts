import { NOT_STARTED_YET_TEXT } from '@waymark/shared/domain';
import { buildBoardReport } from './build-board-report';
import { NO_UPDATE_TEXT } from './report-row';
import { buildChangesReport } from './changes-report';
import type { ReportSource } from './report-source';
import { yorkExampleSource } from './york-example';

const today = '2015-10-20';

/** The York example with the action that has no Q2 update starting after Q2 ends (30 Sep 2015), or the day before. */
function withStart(startsOn: string): { source: ReportSource; actionId: string } {
  const base = yorkExampleSource();
  const report = buildBoardReport(base, { periodId: 'q2', generatedOn: today, includeUnaccepted: true });
  const missing = report.sections[1].rows[2];
  return {
    source: { ...base, actions: base.actions.map((a) => (a.id === missing.actionId ? { ...a, startsOn } : a)) },
    actionId: missing.actionId,
  };
}

describe('actions that have not started yet', () => {
  it('are "Not started yet" in the board report, not "No update received", and not counted as missing', () => {
    const { source, actionId } = withStart('2015-10-01');
    const before = buildBoardReport(yorkExampleSource(), {
      periodId: 'q2',
      generatedOn: today,
      includeUnaccepted: true,
    });
    const after = buildBoardReport(source, { periodId: 'q2', generatedOn: today, includeUnaccepted: true });
    const row = after.sections.flatMap((s) => s.rows).find((r) => r.actionId === actionId);
    expect(row?.progress).toEqual({ text: NOT_STARTED_YET_TEXT, state: 'not_started', marker: null });
    expect(row?.exceptions).not.toContain('missing');
    expect(after.summary.missing).toBe(before.summary.missing - 1);
  });

  it('owe an update once the period reaches their start date', () => {
    const { source, actionId } = withStart('2015-09-30');
    const report = buildBoardReport(source, { periodId: 'q2', generatedOn: today, includeUnaccepted: true });
    const row = report.sections.flatMap((s) => s.rows).find((r) => r.actionId === actionId);
    expect(row?.progress.text).toBe(NO_UPDATE_TEXT);
    expect(row?.exceptions).toContain('missing');
  });

  it('are not listed as missing updates in the changes report', () => {
    const { source, actionId } = withStart('2015-10-01');
    const missingIds = (s: ReportSource) => buildChangesReport(s, 'q2', today).updatesMissing.map((i) => i.actionId);
    expect(missingIds(yorkExampleSource())).toContain(actionId);
    expect(missingIds(source)).not.toContain(actionId);
  });
});
