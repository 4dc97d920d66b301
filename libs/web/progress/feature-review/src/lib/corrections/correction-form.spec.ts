import { correctionChanges } from './correction-form';

const signedOff = {
  narrative: 'Forty call handlers trained.',
  proposedRag: 'Amber' as const,
  validatedRag: null,
  percentComplete: 50,
};
const draft = (
  over: Partial<{ rag: 'Red' | 'Amber' | 'Green' | ''; narrative: string; percent: string; reason: string }>,
) => ({
  rag: '' as const,
  narrative: 'Forty call handlers trained.',
  percent: '50',
  reason: 'The contract fell through.',
  ...over,
});

describe('correction form', () => {
  it("sends a reviewer's RAG as the validated RAG, and only what changed", () => {
    expect(correctionChanges('reviewer', signedOff, draft({ rag: 'Red' }))).toEqual({
      problems: [],
      changes: { validatedRag: 'Red' },
    });
    expect(
      correctionChanges('reviewer', signedOff, draft({ narrative: ' Thirty trained. ', percent: '60' })).changes,
    ).toEqual({ narrative: 'Thirty trained.', percentComplete: 60 });
  });

  it("sends a lead's RAG as a new proposed RAG", () => {
    expect(correctionChanges('lead', signedOff, draft({ rag: 'Red' })).changes).toEqual({ proposedRag: 'Red' });
  });

  it('requires a reason, a change, and a percentage from 0 to 100, naming each field', () => {
    expect(correctionChanges('reviewer', signedOff, draft({ rag: 'Red', reason: '  ' })).problems).toEqual([
      { field: 'reason', message: 'Enter why you are correcting this update' },
    ]);
    expect(correctionChanges('lead', signedOff, draft({ rag: 'Amber' })).problems).toEqual([
      {
        field: 'rag',
        message: 'Change the RAG, the narrative or the percent complete: a correction must change something',
      },
    ]);
    expect(
      correctionChanges('lead', signedOff, draft({ percent: '120', reason: '' })).problems.map((p) => p.field),
    ).toEqual(['percent', 'reason']);
  });

  it('counts choosing the RAG the board already saw as no change', () => {
    const validated = { ...signedOff, validatedRag: 'Red' as const };
    expect(correctionChanges('reviewer', validated, draft({ rag: 'Red' })).problems[0]?.field).toBe('rag');
    expect(correctionChanges('reviewer', validated, draft({ rag: 'Amber' })).changes).toEqual({
      validatedRag: 'Amber',
    });
  });
});
