export { longDate } from './history-values';

const DAY_MS = 86_400_000;

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
