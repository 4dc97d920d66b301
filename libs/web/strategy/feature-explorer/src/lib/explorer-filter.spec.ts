import { NO_ACTION_FILTER as NO_FILTER, filterOptions, type FilterableAction } from '@waymark/web/shared/ui';
import { allActions, filterThemes } from './explorer-filter';

function action(id: string, over: Partial<FilterableAction> = {}): FilterableAction & { id: string } {
  return {
    id,
    deliveryGroupId: 'g1',
    deliveryGroupName: 'Hate Crime Delivery Group',
    leadOrganisationId: 'o1',
    leadOrganisationName: 'City Council',
    leadPersonId: 'p1',
    leadPersonName: 'Tom Reynolds',
    lifecycleStatus: 'InProgress',
    isOverdue: false,
    latestUpdate: { effectiveRag: 'Green' },
    ...over,
  };
}

const themes = [
  {
    id: 't1',
    actions: [action('a1', { latestUpdate: null, lifecycleStatus: 'NotStarted' })],
    objectives: [
      {
        id: 'o1',
        actions: [
          action('a2', { latestUpdate: { effectiveRag: 'Red' }, isOverdue: true }),
          action('a3', { leadPersonId: 'p2', leadPersonName: 'Asha Patel' }),
        ],
      },
      { id: 'o2', actions: [action('a4', { leadOrganisationId: 'o2', leadOrganisationName: 'Police' })] },
    ],
  },
  {
    id: 't2',
    actions: [],
    objectives: [
      {
        id: 'o3',
        actions: [action('a5', { deliveryGroupId: 'g2', deliveryGroupName: 'Board', lifecycleStatus: 'Complete' })],
      },
    ],
  },
];

const ids = (t: typeof themes) => allActions(t).map((a) => a.id);

describe('filterThemes', () => {
  it('returns the whole tree when nothing is chosen', () => {
    expect(ids(filterThemes(themes, NO_FILTER))).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
  });

  it('keeps every theme but drops objectives with no matching action', () => {
    const result = filterThemes(themes, { ...NO_FILTER, rag: 'Red' });
    expect(result.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(result[0].objectives.map((o) => o.id)).toEqual(['o1']);
    expect(result[1].objectives).toEqual([]);
    expect(ids(result)).toEqual(['a2']);
  });

  it('matches actions with no RAG when "None" is chosen', () => {
    expect(ids(filterThemes(themes, { ...NO_FILTER, rag: 'None' }))).toEqual(['a1']);
  });

  it('combines delivery group, lead organisation, lead officer, state and overdue', () => {
    expect(ids(filterThemes(themes, { ...NO_FILTER, groupId: 'g2' }))).toEqual(['a5']);
    expect(ids(filterThemes(themes, { ...NO_FILTER, organisationId: 'o2' }))).toEqual(['a4']);
    expect(ids(filterThemes(themes, { ...NO_FILTER, leadPersonId: 'p2' }))).toEqual(['a3']);
    expect(ids(filterThemes(themes, { ...NO_FILTER, state: 'Complete' }))).toEqual(['a5']);
    expect(ids(filterThemes(themes, { ...NO_FILTER, overdueOnly: true }))).toEqual(['a2']);
    expect(ids(filterThemes(themes, { ...NO_FILTER, overdueOnly: true, rag: 'Green' }))).toEqual([]);
  });
});

describe('filterOptions', () => {
  it('lists each owning group, organisation and lead officer once, by name', () => {
    const options = filterOptions(allActions(themes));
    expect(options.groups).toEqual([
      { id: 'g2', name: 'Board' },
      { id: 'g1', name: 'Hate Crime Delivery Group' },
    ]);
    expect(options.organisations).toEqual([
      { id: 'o1', name: 'City Council' },
      { id: 'o2', name: 'Police' },
    ]);
    expect(options.leads).toEqual([
      { id: 'p2', name: 'Asha Patel' },
      { id: 'p1', name: 'Tom Reynolds' },
    ]);
  });
});
