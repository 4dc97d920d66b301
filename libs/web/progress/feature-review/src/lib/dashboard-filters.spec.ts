import type { DashboardAction } from './dashboard-model';
import { filterActions, filterOptions } from './dashboard-filters';

const item = (
  id: string,
  themeNumber: number,
  group: string | null,
  lead: string | null,
  supporting: string[],
  reviewState: string | null,
): DashboardAction =>
  ({
    themeNumber,
    label: id,
    action: {
      id,
      deliveryGroupId: group,
      deliveryGroupName: group ? `Group ${group}` : null,
      leadOrganisationId: lead,
      leadOrganisationName: lead ? `Org ${lead}` : null,
      supportingOrganisations: supporting.map((s) => ({ id: s, name: `Org ${s}` })),
    },
    current: reviewState ? { reviewState } : null,
    previous: null,
    notStartedYet: false,
  }) as unknown as DashboardAction;

const items = [
  item('a', 1, 'g1', 'police', [], 'Submitted'),
  item('b', 2, 'g2', 'council', ['police'], 'Accepted'),
  item('c', 2, null, null, [], null),
];
const ids = (list: DashboardAction[]) => list.map((i) => i.action.id);

describe('review dashboard filters', () => {
  it('filters by theme number, delivery group and review state', () => {
    expect(ids(filterActions(items, { theme: '2' }))).toEqual(['b', 'c']);
    expect(ids(filterActions(items, { group: 'g1' }))).toEqual(['a']);
    expect(ids(filterActions(items, { state: 'Accepted' }))).toEqual(['b']);
    expect(ids(filterActions(items, { state: 'NotStarted' }))).toEqual(['c']);
  });

  it('counts a partner organisation that leads or supports the action', () => {
    expect(ids(filterActions(items, { partner: 'police' }))).toEqual(['a', 'b']);
    expect(ids(filterActions(items, { partner: 'police', theme: '1' }))).toEqual(['a']);
  });

  it('offers the groups and partners the actions name, once each, by name', () => {
    expect(filterOptions(items)).toEqual({
      groups: [
        { value: 'g1', text: 'Group g1' },
        { value: 'g2', text: 'Group g2' },
      ],
      partners: [
        { value: 'council', text: 'Org council' },
        { value: 'police', text: 'Org police' },
      ],
    });
  });
});
