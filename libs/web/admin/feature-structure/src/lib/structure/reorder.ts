/** Move up / Move down: the new order to send to `reorder*(parentId, orderedIds)`, and what to announce. */
export type Direction = 'up' | 'down';

/** The ids with `id` moved one place; null when it is already first (up) or last (down), or not found. */
export function moveOne(ids: readonly string[], id: string, direction: Direction): string[] | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** Spoken after a move, e.g. "Train staff moved up: now 2 of 4 in Strategic Aim 1". */
export function movedMessage(
  title: string,
  direction: Direction,
  position: number,
  total: number,
  where: string,
): string {
  return `${title} moved ${direction}: now ${position} of ${total}${where ? ' in ' + where : ''}`;
}
