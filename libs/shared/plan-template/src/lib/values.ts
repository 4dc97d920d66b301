import { LifecycleStatus, Rag, ReviewState } from '@waymark/shared/domain';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Collapses whitespace (including non-breaking spaces and line breaks inside a cell) and trims. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Key for matching names and titles: case, spacing and trailing full stops ignored. */
export function matchKey(value: string | null | undefined): string {
  return cleanText(value).toLowerCase().replace(/[.]+$/, '');
}

function isoFromParts(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * ISO "2018-03-31" (a time part is ignored) or UK day-first "31/03/2018" (also with "." or "-").
 * US month-first dates are not guessed: "03/31/2018" is rejected because month 31 does not exist.
 */
export function parseDate(raw: string): Parsed<string> {
  const text = cleanText(raw);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.exec(text);
  if (m) {
    const iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? ok(iso) : fail(`"${text}" is not a real date`);
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(text);
  if (m) {
    if (m[3].length !== 4) return fail(`"${text}" has a two-digit year: write the year in full, e.g. 31/03/2018`);
    const iso = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
    return iso ? ok(iso) : fail(`"${text}" is not a real date (day/month/year)`);
  }
  return fail(`"${text}" is not a date: use 2018-03-31 or 31/03/2018`);
}

const RAG_WORDS: ReadonlyMap<string, Rag> = new Map([
  ['r', Rag.Red],
  ['red', Rag.Red],
  ['a', Rag.Amber],
  ['amber', Rag.Amber],
  ['g', Rag.Green],
  ['green', Rag.Green],
]);

export function parseRag(raw: string): Parsed<Rag> {
  const text = cleanText(raw);
  const rag = RAG_WORDS.get(text.toLowerCase());
  return rag ? ok(rag) : fail(`"${text}" is not a RAG rating: use Red, Amber or Green (or R, A, G)`);
}

const LIFECYCLE_WORDS: ReadonlyMap<string, LifecycleStatus> = new Map([
  ['notstarted', LifecycleStatus.NotStarted],
  ['notyetstarted', LifecycleStatus.NotStarted],
  ['planned', LifecycleStatus.NotStarted],
  ['inprogress', LifecycleStatus.InProgress],
  ['started', LifecycleStatus.InProgress],
  ['underway', LifecycleStatus.InProgress],
  ['ongoing', LifecycleStatus.Ongoing],
  ['continuous', LifecycleStatus.Ongoing],
  ['complete', LifecycleStatus.Complete],
  ['completed', LifecycleStatus.Complete],
  ['done', LifecycleStatus.Complete],
  ['deferred', LifecycleStatus.Deferred],
  ['onhold', LifecycleStatus.Deferred],
  ['cancelled', LifecycleStatus.Cancelled],
  ['canceled', LifecycleStatus.Cancelled],
  ['withdrawn', LifecycleStatus.Cancelled],
]);

export function parseLifecycle(raw: string): Parsed<LifecycleStatus> {
  const text = cleanText(raw);
  const status = LIFECYCLE_WORDS.get(text.toLowerCase().replace(/[\s_-]+/g, ''));
  return status
    ? ok(status)
    : fail(`"${text}" is not a status: use Not started, In progress, Ongoing, Complete, Deferred or Cancelled`);
}

export interface QuarterPeriod {
  /** Canonical name, "2018/19 Q2". */
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  /** Updates are due two weeks after the quarter ends. */
  readonly updateDeadline: string;
}

const QUARTER_MONTHS: Record<number, { startMonth: number; endMonth: number; endDay: number; yearOffset: number }> = {
  1: { startMonth: 4, endMonth: 6, endDay: 30, yearOffset: 0 },
  2: { startMonth: 7, endMonth: 9, endDay: 30, yearOffset: 0 },
  3: { startMonth: 10, endMonth: 12, endDay: 31, yearOffset: 0 },
  4: { startMonth: 1, endMonth: 3, endDay: 31, yearOffset: 1 },
};

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * UK financial-year quarters: "2018/19 Q2" (also "2018-19 Q2", "Q2 2018/19", "2018/2019 Q2") is
 * 1 July–30 September 2018; Q4 is January–March of the second year. Null when the text is not a quarter.
 */
export function parseQuarterPeriod(raw: string): QuarterPeriod | null {
  const text = cleanText(raw).toUpperCase();
  // [first year, second year, quarter], whichever order the text gives them in.
  const yearFirst = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*,?\s*Q([1-4])$/.exec(text);
  const quarterFirst = yearFirst ? null : /^Q([1-4])\s*,?\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  const m = yearFirst
    ? [yearFirst[1], yearFirst[2], yearFirst[3]]
    : quarterFirst
      ? [quarterFirst[2], quarterFirst[3], quarterFirst[1]]
      : null;
  if (!m) return null;
  const year = Number(m[0]);
  const second = m[1].length === 2 ? Number(m[1]) : Number(m[1]) % 100;
  if ((year + 1) % 100 !== second) return null;
  const quarter = Number(m[2]);
  const q = QUARTER_MONTHS[quarter];
  const y = year + q.yearOffset;
  const startsOn = `${y}-${String(q.startMonth).padStart(2, '0')}-01`;
  const endsOn = `${y}-${String(q.endMonth).padStart(2, '0')}-${q.endDay}`;
  return {
    name: `${year}/${String(second).padStart(2, '0')} Q${quarter}`,
    startsOn,
    endsOn,
    updateDeadline: addDays(endsOn, 14),
  };
}

export interface PersonReference {
  readonly name: string | null;
  readonly email: string | null;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** "jo@example.org", "Jo Smith" or "Jo Smith <jo@example.org>". */
export function parsePersonReference(raw: string): Parsed<PersonReference> {
  const text = cleanText(raw);
  const angled = /^(.*?)\s*<([^>]+)>$/.exec(text);
  if (angled) {
    const email = angled[2].trim();
    if (!EMAIL.test(email)) return fail(`"${email}" is not an email address`);
    return ok({ name: angled[1].trim() || null, email: email.toLowerCase() });
  }
  if (text.includes('@')) {
    if (!EMAIL.test(text)) return fail(`"${text}" is not an email address`);
    return ok({ name: null, email: text.toLowerCase() });
  }
  return ok({ name: text, email: null });
}

export function formatPersonReference(person: { fullName: string; email: string }): string {
  return `${person.fullName} <${person.email}>`;
}

/** "Police; NHS Trust;" → ["Police", "NHS Trust"], duplicates (by match key) removed. */
export function splitList(raw: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of (raw ?? '').split(';')) {
    const name = cleanText(part);
    if (name && !seen.has(matchKey(name))) {
      seen.add(matchKey(name));
      out.push(name);
    }
  }
  return out;
}

/** Dates to the UK form used in exports only when asked; the template writes ISO dates. */
export function toUkDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const REVIEW_WORDS: ReadonlyMap<string, ReviewState> = new Map([
  ['draft', ReviewState.Draft],
  ['submitted', ReviewState.Submitted],
  ['accepted', ReviewState.Accepted],
  ['returned', ReviewState.Returned],
]);

export function parseReviewState(raw: string): Parsed<ReviewState> {
  const text = cleanText(raw);
  const state = REVIEW_WORDS.get(text.toLowerCase());
  return state ? ok(state) : fail(`"${text}" is not a review state: use Draft, Submitted, Accepted or Returned`);
}
