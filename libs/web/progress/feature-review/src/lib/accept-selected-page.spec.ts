import { bulkAcceptResult } from './accept-selected-page';

const update = (id: string) => ({ id, version: 1, label: `1.${id} Action`, actionId: `action-${id}` });

describe('bulk accept result', () => {
  it('lists the accepted and, with a plain reason, the refused, in the order they were selected', () => {
    const updates = [update('1'), update('2'), update('3')];
    const result = bulkAcceptResult(updates, [
      { id: '3', accepted: true, version: 2, code: null, message: null },
      {
        id: '2',
        accepted: false,
        version: null,
        code: 'CONFLICT',
        message: 'ProgressUpdate 2 was changed by someone else…',
      },
      { id: '1', accepted: true, version: 2, code: null, message: null },
    ]);
    expect(result.accepted.map((u) => u.id)).toEqual(['1', '3']);
    expect(result.refused).toEqual([
      { update: updates[1], reason: expect.stringMatching(/^it was changed after you loaded the review/) as string },
    ]);
  });

  it('counts an update the answer does not mention as not accepted', () => {
    expect(bulkAcceptResult([update('1')], []).refused).toHaveLength(1);
  });
});
