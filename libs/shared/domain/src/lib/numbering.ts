const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 1 → "i", 4 → "iv", 14 → "xiv" (lower case, as York's update numbers actions). */
export function toLowerRoman(position: number): string {
  if (!Number.isInteger(position) || position < 1)
    throw new RangeError(`position must be a positive integer, got ${position}`);
  let rest = position;
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** The label of the nth action within its parent: "i)", "ii)"… */
export function actionNumberLabel(position: number): string {
  return `${toLowerRoman(position)})`;
}

export interface Ordered {
  readonly id: string;
  readonly sortOrder: number;
}

/**
 * Stable order for siblings: by sortOrder, then id so equal sort orders never swap between
 * requests. Numbering is derived from this order, never stored.
 */
export function compareOrdered(a: Ordered, b: Ordered): number {
  return a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Positions (1-based) keyed by id, for siblings in their stable order. */
export function numberSiblings<T extends Ordered>(siblings: readonly T[]): Map<string, number> {
  const sorted = [...siblings].sort(compareOrdered);
  return new Map(sorted.map((item, index) => [item.id, index + 1]));
}

/**
 * Plan order of two action numbers such as "1.9" and "1.10": digit runs compare as numbers, the rest as text,
 * so 1.2.2 comes before 1.3.2 and 1.9 before 1.10 (a plain string sort puts 1.10 first).
 */
export function comparePlanNumbers(a: string, b: string): number {
  const partsA = a.trim().match(/\d+|\D+/g) ?? [];
  const partsB = b.trim().match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const [x, y] = [partsA[i], partsB[i]];
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'en', { sensitivity: 'base' });
    if (order !== 0) return order;
  }
  return partsA.length - partsB.length;
}
