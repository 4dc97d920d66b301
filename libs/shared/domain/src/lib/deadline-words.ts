const DAY_MS = 86_400_000;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function utcDay(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Whole calendar days from `fromIso` to `toIso` (ISO `YYYY-MM-DD`): negative when `toIso` is earlier. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((utcDay(toIso) - utcDay(fromIso)) / DAY_MS);
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * A deadline as people say it, seen from `today`: "due today", "due tomorrow", "due in 3 days",
 * "1 day overdue", "2 days overdue". The one wording for the home page and e-mails.
 */
export function deadlineInWords(deadline: string, today: string): string {
  const left = daysBetween(today, deadline);
  if (left === 0) return 'due today';
  if (left === 1) return 'due tomorrow';
  if (left > 1) return `due in ${days(left)}`;
  return `${days(-left)} overdue`;
}

/** ISO `2026-12-06` → "6 December 2026" (GOV.UK style), without time-zone surprises. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}
