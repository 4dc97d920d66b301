import { longDate } from '@waymark/shared/domain';

/** A notification's time as "6 December 2026, 14:05" in the reader's own time. */
export function notificationDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${longDate(day)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
