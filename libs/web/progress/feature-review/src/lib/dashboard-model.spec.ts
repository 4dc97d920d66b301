import type { ReviewActionFieldsFragment, UpdateFieldsFragment } from '@waymark/web/shared/data-access';
import { type DashboardAction, exceptions, movements, reviewQueue } from './dashboard-model';

const update = (over: Partial<UpdateFieldsFragment>): UpdateFieldsFragment =>
  ({
    id: 'u',
    actionId: 'a',
    periodId: 'p2',
    narrative: 'x',
    reviewState: 'Submitted',
    isStale: false,
    version: 1,
    ...withRag(over),
  }) as UpdateFieldsFragment;
/** The lead proposed the given effective RAG (unless the override says otherwise), as the API answers it. */
function withRag(over: Partial<UpdateFieldsFragment>): Partial<UpdateFieldsFragment> {
  const effectiveRag = over.effectiveRag === undefined ? 'Green' : over.effectiveRag;
  return { effectiveRag, proposedRag: effectiveRag, validatedRag: null, ...over };
}
const item = (
  id: string,
  current: UpdateFieldsFragment | null,
  previous: UpdateFieldsFragment | null,
  isOverdue = false,
  notStartedYet = false,
): DashboardAction => ({
  action: {
    id,
    title: id,
    isOverdue,
    lifecycleStatus: 'InProgress',
    numberLabel: 'i',
    updates: [],
  } as unknown as ReviewActionFieldsFragment,
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

  it("counts RAG by the shared rule: a draft's proposed RAG is neither an exception nor a movement", () => {
    const drafted = item(
      'drafted',
      update({ effectiveRag: 'Red', reviewState: 'Draft' }),
      update({ effectiveRag: 'Green', reviewState: 'Accepted' }),
    );
    expect(exceptions([drafted])).toEqual([]);
    expect(movements([drafted])).toEqual([]);
  });

  it('uses the validated RAG over the proposed one, and none where RAG does not apply to the status', () => {
    const validated = item(
      'validated',
      update({ proposedRag: 'Green', validatedRag: 'Red', effectiveRag: 'Red' }),
      update({ effectiveRag: 'Green' }),
    );
    const completed = item(
      'completed',
      update({ effectiveRag: 'Amber', lifecycleStatus: 'Complete' }),
      update({ effectiveRag: 'Green' }),
    );
    expect(exceptions([validated, completed]).map((e) => [e.item.label, e.reasons])).toEqual([['validated', ['Red']]]);
    expect(movements([validated, completed]).map((m) => [m.item.label, m.from, m.to])).toEqual([
      ['validated', 'Green', 'Red'],
    ]);
  });
});
