import { auditEntityType, diffFields } from './audit-writer';

describe('audit writer', () => {
  it('names records by their table whatever casing the caller used', () => {
    expect(auditEntityType('Action')).toBe('action');
    expect(auditEntityType('ReportingPeriod')).toBe('reporting_period');
    expect(auditEntityType('progress_update')).toBe('progress_update');
  });

  it('keeps only changed fields, ignoring version and timestamps', () => {
    expect(
      diffFields(
        { title: 'Old', currentDueOn: '2024-03-31', version: 1, updatedAt: 'a' },
        { title: 'Old', currentDueOn: '2024-06-30', version: 2, updatedAt: 'b' },
      ),
    ).toEqual({ currentDueOn: { before: '2024-03-31', after: '2024-06-30' } });
  });
});
