import type { OwedUpdateFieldsFragment, StrategyThemesQuery } from '@waymark/web/shared/data-access';
import { groupOwedUpdates } from './group-owed-updates';

const owed = (actionId: string, strategyId = 's1'): OwedUpdateFieldsFragment =>
  ({ actionId, strategyId, strategyTitle: `Strategy ${strategyId}`, actionTitle: actionId }) as OwedUpdateFieldsFragment;

const tree: StrategyThemesQuery['strategies'] = [
  {
    id: 's1',
    title: 'Strategy s1',
    themeLabel: 'Strategic Aim',
    themes: [
      { id: 't2', number: 2, title: 'Report', actions: [{ id: 'a2' }], objectives: [] },
      { id: 't1', number: 1, title: 'Raise awareness', actions: [], objectives: [{ id: 'o1', actions: [{ id: 'a1' }, { id: 'a3' }] }] },
    ],
  },
];

describe('groupOwedUpdates', () => {
  it('groups by strategy, then by theme in theme order, including actions under objectives', () => {
    const groups = groupOwedUpdates([owed('a2'), owed('a1'), owed('a3')], tree);
    expect(groups).toHaveLength(1);
    expect(groups[0].themes.map((t) => [t.heading, t.items.map((i) => i.actionId)])).toEqual([
      ['Strategic Aim 1: Raise awareness', ['a1', 'a3']],
      ['Strategic Aim 2: Report', ['a2']],
    ]);
  });

  it('still lists actions whose theme is unknown, under "Other actions"', () => {
    expect(groupOwedUpdates([owed('zz')], tree)[0].themes[0].heading).toBe('Other actions');
  });
});
