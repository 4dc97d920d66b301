import { auditRecordTypeLabel, describeAuditEntry } from './audit-log-wording';

describe('audit log wording', () => {
  it('says a single changed field as one sentence, in words', () => {
    expect(
      describeAuditEntry({
        entityType: 'progress_update',
        operation: 'update',
        record: 'the update for Q1 on action 2.1 ii)',
        changes: { proposedRag: { before: 'amber', after: 'red' }, version: { before: 1, after: 2 } },
      }),
    ).toEqual({
      summary: 'Changed the proposed RAG of the update for Q1 on action 2.1 ii) from Amber to Red',
      details: [],
    });
  });

  it('names people for ids and lists several changes as details', () => {
    const id = '6f1c2c55-5d7e-4a3e-9a55-1b2b3c4d5e6f';
    const wording = describeAuditEntry(
      {
        entityType: 'action',
        operation: 'update',
        record: 'action 1 i)',
        changes: { title: { before: 'Old', after: 'New' }, leadPersonId: { before: null, after: id } },
      },
      { [id]: 'Priya Shah' },
    );
    expect(wording.summary).toBe('Changed action 1 i)');
    expect(wording.details).toEqual(['Title changed from “Old” to “New”', 'Lead officer set to Priya Shah']);
  });

  it('words a RAG validation and unknown operations without field names', () => {
    expect(
      describeAuditEntry({
        entityType: 'progress_update',
        operation: 'validate_rag',
        record: 'the update for Q2 on action 3 iv)',
        changes: { validatedRag: { before: null, after: 'green' } },
      }).summary,
    ).toBe('Validated the RAG of the update for Q2 on action 3 iv) as Green');
    expect(
      describeAuditEntry({ entityType: 'person', operation: 'password_changed', record: 'Priya Shah', changes: {} })
        .summary,
    ).toBe('Password changed: Priya Shah');
  });

  it('labels record types, known or not', () => {
    expect(auditRecordTypeLabel('partnership_group')).toBe('Group');
    expect(auditRecordTypeLabel('reminder_delivery')).toBe('Reminder delivery');
  });
});

describe('audit log wording of numeric columns', () => {
  it('says numbers stored as text (pg numeric) as numbers, not quotations', () => {
    expect(
      describeAuditEntry({
        entityType: 'indicator',
        operation: 'update',
        record: 'indicator “Detections”',
        changes: { target: { before: '60', after: '62.5' } },
      }).summary,
    ).toBe('Changed the target of indicator “Detections” from 60 to 62.5');
  });
});

describe('audit log wording of an added indicator', () => {
  it('lists its fields in words, the direction included', () => {
    const wording = describeAuditEntry({
      entityType: 'indicator',
      operation: 'create',
      record: 'indicator “Detections”',
      changes: {
        id: { before: null, after: '6f1c2c55-5d7e-4a3e-9a55-1b2b3c4d5e6f' },
        name: { before: null, after: 'Detections' },
        direction: { before: null, after: 'lower_is_better' },
        tolerance: { before: null, after: '2' },
      },
    });
    expect(wording).toEqual({
      summary: 'Added indicator “Detections”',
      details: ['Name set to “Detections”', 'Direction set to lower is better', 'Tolerance set to 2'],
    });
  });
});
