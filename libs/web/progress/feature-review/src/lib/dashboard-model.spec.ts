import type { ReviewActionFieldsFragment, UpdateFieldsFragment } from '@waymark/web/shared/data-access';
import { type DashboardAction, exceptions, movements, reviewQueue } from './dashboard-model';

const update = (over: Partial<UpdateFieldsFragment>): UpdateFieldsFragment =>
  ({ id: 'u', actionId: 'a', periodId: 'p2', narrative: 'x', reviewState: 'Submitted', isStale: false, version: 1, effectiveRag: 'Green', ...over }) as UpdateFieldsFragment;
const item = (id: string, current: UpdateFieldsFragment | null, previous: UpdateFieldsFragment | null, isOverdue = false, notStartedYet = false): DashboardAction => ({
  action: { id, title: id, isOverdue, lifecycleStatus: 'InProgress', numberLabel: 'i', updates: [] } as unknown as ReviewActionFieldsFragment,
  themeNumber: 1,
  label: id,
  current,
  previous,
  notStartedYet,
});

describe('review dashboard model', () => {
  const items = [
    item('red', update({ effectiveRag: 'Red' }), update({ effectiveRag: 'Green' })),
    item('quiet', update({ effectiveRag: 'Green', reviewState: 'Accepted' }), update({ effectiveRag: 'Green' })),
    item('missing', null, null, true),
    item('stale', update({ effectiveRag: 'Green', isStale: true }), null),
  ];

  it('lists red, amber, overdue, missing and stale updates as exceptions, with every reason', () => {
    expect(exceptions(items).map((e) => [e.item.label, e.reasons])).toEqual([
      ['red', ['Red']],
      ['missing', ['Overdue', 'No update']],
      ['stale', ['Stale text']],
    ]);
  });

  it('does not count an action that has not started yet as missing its update', () => {
    const later = item('later', null, null, false, true);
    expect(exceptions([later])).toEqual([]);
    expect(exceptions([item('now', null, null)]).map((e) => e.reasons)).toEqual([['No update']]);
  });

  it('reports RAG movement only where both periods have a RAG and it changed', () => {
    expect(movements(items).map((m) => [m.item.label, m.from, m.to])).toEqual([['red', 'Green', 'Red']]);
  });

  it('queues only submitted updates', () => {
    expect(reviewQueue(items).map((i) => i.label)).toEqual(['red', 'stale']);
  });
});
