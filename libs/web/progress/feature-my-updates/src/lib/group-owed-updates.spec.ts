import type { OwedUpdateFieldsFragment } from '@waymark/web/shared/data-access';
import { filterOwed, groupOwedUpdates, pageOfGroups } from './group-owed-updates';

const THEMES: Record<string, { themeTitle: string; themeNumber: number | null }> = {
  t1: { themeTitle: 'Raise awareness', themeNumber: 1 },
  t2: { themeTitle: 'Report', themeNumber: 2 },
  gone: { themeTitle: 'Retired aim', themeNumber: null },
};

const owed = (actionId: string, themeId: string, strategyId = 's1'): OwedUpdateFieldsFragment =>
  ({
    actionId,
    strategyId,
    strategyTitle: `Strategy ${strategyId}`,
    actionTitle: actionId,
    themeId,
    themeLabel: 'Strategic Aim',
    ...THEMES[themeId],
  }) as OwedUpdateFieldsFragment;

describe('groupOwedUpdates', () => {
  it('groups by strategy, then by theme in theme order, from the theme each owed update carries', () => {
    const groups = groupOwedUpdates([owed('a2', 't2'), owed('a1', 't1'), owed('a3', 't1')]);
    expect(groups).toHaveLength(1);
    expect(groups[0].themes.map((t) => [t.heading, t.items.map((i) => i.actionId)])).toEqual([
      ['Strategic Aim 1: Raise awareness', ['a1', 'a3']],
      ['Strategic Aim 2: Report', ['a2']],
    ]);
  });

  it('keeps strategies apart, in the order the API returned them', () => {
    const groups = groupOwedUpdates([owed('a1', 't1', 's2'), owed('a2', 't1', 's1')]);
    expect(groups.map((g) => g.title)).toEqual(['Strategy s2', 'Strategy s1']);
  });

  it('still lists actions of an archived theme, last and without a number', () => {
    const themes = groupOwedUpdates([owed('old', 'gone'), owed('a1', 't1')])[0].themes;
    expect(themes.map((t) => t.heading)).toEqual(['Strategic Aim 1: Raise awareness', 'Retired aim']);
  });
});

describe('pageOfGroups', () => {
  // s1: theme 1 has a1..a3, theme 2 has b1..b2; s2: theme 1 has c1..c2 (7 rows in display order).
  const groups = groupOwedUpdates([
    owed('a1', 't1'),
    owed('a2', 't1'),
    owed('a3', 't1'),
    owed('b1', 't2'),
    owed('b2', 't2'),
    owed('c1', 't1', 's2'),
    owed('c2', 't1', 's2'),
  ]);
  const rows = (page: ReturnType<typeof pageOfGroups>) =>
    page.map((s) => [s.strategyId, s.themes.map((t) => [t.themeId, t.items.map((i) => i.actionId)])]);

  it('returns the groups unchanged when everything fits on the page', () => {
    const page = pageOfGroups(groups, 50, 1);
    expect(page).toEqual(groups);
    expect(page[0]).toBe(groups[0]);
  });

  it('cuts in display order, keeping the strategy and theme headings of rows on the page', () => {
    expect(rows(pageOfGroups(groups, 3, 1))).toEqual([['s1', [['t1', ['a1', 'a2', 'a3']]]]]);
    expect(rows(pageOfGroups(groups, 3, 2))).toEqual([
      ['s1', [['t2', ['b1', 'b2']]]],
      ['s2', [['t1', ['c1']]]],
    ]);
    expect(rows(pageOfGroups(groups, 2, 2))).toEqual([
      [
        's1',
        [
          ['t1', ['a3']],
          ['t2', ['b1']],
        ],
      ],
    ]);
    expect(rows(pageOfGroups(groups, 3, 3))).toEqual([['s2', [['t1', ['c2']]]]]);
  });
});

describe('plan order and the To do / Submitted / All filter', () => {
  const numbered = (actionRef: string, reviewState: string | null = null): OwedUpdateFieldsFragment =>
    ({ ...owed(actionRef, 't1'), actionRef, update: reviewState ? { reviewState } : null }) as OwedUpdateFieldsFragment;

  it('orders numbered actions naturally within a theme: 1.1.2, 1.1.3, 1.2.2, 1.3.2, 1.9.1, 1.10.1', () => {
    const items = groupOwedUpdates(
      ['1.10.1', '1.3.2', '1.1.3', '1.9.1', '1.2.2', '1.1.2'].map((ref) => numbered(ref)),
    )[0].themes[0].items;
    expect(items.map((i) => i.actionRef)).toEqual(['1.1.2', '1.1.3', '1.2.2', '1.3.2', '1.9.1', '1.10.1']);
  });

  it('keeps the API’s plan order when some actions of the theme have no number', () => {
    const unnumbered = { ...owed('plain', 't1'), actionRef: null } as OwedUpdateFieldsFragment;
    const items = groupOwedUpdates([numbered('1.2'), unnumbered, numbered('1.1')])[0].themes[0].items;
    expect(items.map((i) => i.actionId)).toEqual(['1.2', 'plain', '1.1']);
  });

  it('shows what is still to write or submit, what is submitted or accepted, or everything', () => {
    const list = [
      numbered('1.1'),
      numbered('1.2', 'Draft'),
      numbered('1.3', 'Returned'),
      numbered('1.4', 'Submitted'),
      numbered('1.5', 'Accepted'),
    ];
    expect(filterOwed(list, 'todo').map((o) => o.actionRef)).toEqual(['1.1', '1.2', '1.3']);
    expect(filterOwed(list, 'submitted').map((o) => o.actionRef)).toEqual(['1.4', '1.5']);
    expect(filterOwed(list, 'all')).toHaveLength(5);
  });
});
