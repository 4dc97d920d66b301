/** Page numbers and ellipses for a GOV.UK pagination list. */
export type PageLink =
  | { readonly kind: 'page'; readonly number: number }
  | { readonly kind: 'ellipsis'; readonly key: string };

export interface PageWindow {
  /** The requested page clamped to 1..pageCount. */
  readonly page: number;
  readonly pageCount: number;
  /** 1-based position of the first and last row shown ("Showing 51 to 100 of 600"); 0 and 0 when empty. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly links: readonly PageLink[];
}

/** Default rows per page for flat action lists: above the demo strategies' 25–33 actions. */
export const DEFAULT_PAGE_SIZE = 50;

/**
 * Where a page sits in a list of `total` rows: the clamped page (a filter or a review can shrink the list
 * under the reader), the rows shown, and the GOV.UK page links — first, last, the current page and its
 * neighbours, with an ellipsis for each gap of more than one page.
 */
export function pageWindow(total: number, pageSize: number, page: number): PageWindow {
  const size = Math.max(1, Math.floor(pageSize));
  const pageCount = Math.max(1, Math.ceil(Math.max(0, total) / size));
  const current = Math.min(pageCount, Math.max(1, Math.floor(page) || 1));
  const from = total > 0 ? (current - 1) * size + 1 : 0;
  const to = Math.min(total, current * size);
  const wanted = new Set([1, pageCount, current - 1, current, current + 1].filter((n) => n >= 1 && n <= pageCount));
  const numbers = [...wanted].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) links.push({ kind: 'page', number: n - 1 });
    else if (previous !== undefined && n - previous > 2) links.push({ kind: 'ellipsis', key: `after-${previous}` });
    links.push({ kind: 'page', number: n });
  });
  return { page: current, pageCount, from, to, total: Math.max(0, total), links };
}

/** The rows of one page (the page is clamped like `pageWindow`). */
export function pageSlice<T>(items: readonly T[], pageSize: number, page: number): T[] {
  const { from, to } = pageWindow(items.length, pageSize, page);
  return from === 0 ? [] : items.slice(from - 1, to);
}

export interface CappableTheme<A> {
  readonly actions: readonly A[];
  readonly objectives: readonly { readonly actions: readonly A[] }[];
}

export interface CappedTheme<T> {
  /** The theme with at most `limit` actions: objectives first (in order), then the theme's own actions. */
  readonly theme: T;
  readonly total: number;
  /** Actions left out; 0 when the theme is shown in full. */
  readonly hidden: number;
}

/**
 * Caps how many actions of one theme are rendered, in reading order (objectives, then the theme's own
 * actions). Objectives reached after the cap are left out; an objective cut part-way keeps its first
 * actions. Objectives are a prefix of the original list, so index i still names the same objective.
 */
export function capThemeActions<A, T extends CappableTheme<A>>(theme: T, limit: number): CappedTheme<T> {
  const total = theme.actions.length + theme.objectives.reduce((n, o) => n + o.actions.length, 0);
  if (total <= limit) return { theme, total, hidden: 0 };
  let left = Math.max(0, limit);
  const objectives: T['objectives'][number][] = [];
  for (const objective of theme.objectives) {
    if (left === 0) break;
    const actions = objective.actions.slice(0, left);
    left -= actions.length;
    objectives.push(actions.length === objective.actions.length ? objective : { ...objective, actions });
  }
  const actions = theme.actions.slice(0, left);
  left -= actions.length;
  return { theme: { ...theme, objectives, actions }, total, hidden: total - (Math.max(0, limit) - left) };
}
