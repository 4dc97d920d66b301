import { capThemeActions, pageSlice, pageWindow } from './paging';

const numbers = (w: ReturnType<typeof pageWindow>) => w.links.map((l) => (l.kind === 'page' ? l.number : '…'));

describe('pageWindow', () => {
  it('says which rows a page shows: 1 to 50 of 600, then 551 to 600 on the last page', () => {
    expect(pageWindow(600, 50, 1)).toMatchObject({ page: 1, pageCount: 12, from: 1, to: 50, total: 600 });
    expect(pageWindow(600, 50, 12)).toMatchObject({ page: 12, from: 551, to: 600 });
    expect(pageWindow(120, 50, 3)).toMatchObject({ from: 101, to: 120 });
  });

  it('clamps a page beyond the end (the list shrank) and below 1', () => {
    expect(pageWindow(60, 50, 5)).toMatchObject({ page: 2, from: 51, to: 60 });
    expect(pageWindow(60, 50, 0).page).toBe(1);
    expect(pageWindow(0, 50, 3)).toMatchObject({ page: 1, pageCount: 1, from: 0, to: 0 });
  });

  it('links the first, last, current and neighbouring pages, with an ellipsis for wider gaps only', () => {
    expect(numbers(pageWindow(600, 50, 1))).toEqual([1, 2, '…', 12]);
    expect(numbers(pageWindow(600, 50, 6))).toEqual([1, '…', 5, 6, 7, '…', 12]);
    expect(numbers(pageWindow(600, 50, 12))).toEqual([1, '…', 11, 12]);
    // A gap of a single page shows that page rather than an ellipsis.
    expect(numbers(pageWindow(600, 50, 4))).toEqual([1, 2, 3, 4, 5, '…', 12]);
    expect(numbers(pageWindow(150, 50, 1))).toEqual([1, 2, 3]);
  });
});

describe('pageSlice', () => {
  const rows = Array.from({ length: 120 }, (_, i) => i + 1);
  it('returns the rows of the page, the last one short', () => {
    expect(pageSlice(rows, 50, 1)).toEqual(rows.slice(0, 50));
    expect(pageSlice(rows, 50, 3)).toEqual(rows.slice(100));
    expect(pageSlice(rows, 50, 9)).toEqual(rows.slice(100));
    expect(pageSlice([], 50, 1)).toEqual([]);
  });
});

describe('capThemeActions', () => {
  const theme = {
    id: 't',
    objectives: [
      { id: 'o1', actions: ['a1', 'a2', 'a3'] },
      { id: 'o2', actions: ['b1', 'b2', 'b3'] },
      { id: 'o3', actions: ['c1'] },
    ],
    actions: ['d1', 'd2'],
  };

  it('leaves a theme within the cap untouched', () => {
    const capped = capThemeActions(theme, 9);
    expect(capped).toEqual({ theme, total: 9, hidden: 0 });
    expect(capped.theme).toBe(theme);
  });

  it('keeps the first actions in reading order, cutting an objective part-way and dropping later ones', () => {
    const capped = capThemeActions(theme, 5);
    expect(capped.total).toBe(9);
    expect(capped.hidden).toBe(4);
    expect(capped.theme.objectives).toEqual([
      { id: 'o1', actions: ['a1', 'a2', 'a3'] },
      { id: 'o2', actions: ['b1', 'b2'] },
    ]);
    expect(capped.theme.actions).toEqual([]);
    expect(capped.theme.id).toBe('t');
  });

  it('reaches the theme’s own actions once every objective fits', () => {
    const capped = capThemeActions(theme, 8);
    expect(capped.theme.objectives.map((o) => o.id)).toEqual(['o1', 'o2', 'o3']);
    expect(capped.theme.actions).toEqual(['d1']);
    expect(capped.hidden).toBe(1);
  });
});
