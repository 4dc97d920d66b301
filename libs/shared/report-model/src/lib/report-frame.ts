import { formatDate, formatYears } from './plan-index';

/**
 * The officer's covering report printed before the tables: who the report goes to and when, who wrote it, why,
 * and what the board is asked to do. It is covering text, not plan data: a signed-off period's frozen report is
 * shown with the cover as it is saved now (see docs/architecture.md, "The cover report and the snapshot").
 */
export interface CoverReportInput {
  readonly committee?: string | null;
  /** ISO date of the meeting the report goes to; printed as the report's date. */
  readonly meetingOn?: string | null;
  readonly author?: string | null;
  readonly contactOfficer?: string | null;
  readonly purpose?: string | null;
  /** One recommendation per item, printed as a numbered list. */
  readonly recommendations?: readonly string[] | null;
  readonly background?: string | null;
}

export interface CoverReport {
  readonly committee: string | null;
  readonly meetingOn: string | null;
  /** "12 Nov 2015" */
  readonly meetingLabel: string | null;
  readonly author: string | null;
  readonly contactOfficer: string | null;
  readonly purpose: string | null;
  readonly recommendations: readonly string[];
  readonly background: string | null;
}

/** An unnumbered section after the numbered ones (and before any appendix). */
export interface ReportClosing {
  readonly heading: string | null;
  readonly text: string;
}

export interface ReportClosingInput {
  readonly heading?: string | null;
  readonly text?: string | null;
}

const clean = (value: string | null | undefined): string | null => value?.trim() || null;

/** The cover as printed, or null when nothing is filled in. */
export function coverReport(input: CoverReportInput | null | undefined): CoverReport | null {
  if (!input) return null;
  const meetingOn = clean(input.meetingOn);
  const cover: CoverReport = {
    committee: clean(input.committee),
    meetingOn,
    meetingLabel: meetingOn ? formatDate(meetingOn) : null,
    author: clean(input.author),
    contactOfficer: clean(input.contactOfficer),
    purpose: clean(input.purpose),
    recommendations: (input.recommendations ?? []).map((r) => r.trim()).filter(Boolean),
    background: clean(input.background),
  };
  const empty =
    !cover.committee &&
    !cover.meetingOn &&
    !cover.author &&
    !cover.contactOfficer &&
    !cover.purpose &&
    !cover.recommendations.length &&
    !cover.background;
  return empty ? null : cover;
}

export function reportClosing(input: ReportClosingInput | null | undefined): ReportClosing | null {
  const text = clean(input?.text);
  return text ? { heading: clean(input?.heading), text } : null;
}

/** The cover's fields as label and value, in print order (recommendations, purpose and background are sections). */
export function coverDetails(cover: CoverReport): Array<readonly [string, string]> {
  const rows: Array<readonly [string, string | null]> = [
    ['Report to', cover.committee],
    ['Meeting date', cover.meetingLabel],
    ['Author', cover.author],
    ['Contact officer', cover.contactOfficer],
  ];
  return rows.filter((r): r is readonly [string, string] => !!r[1]);
}

export const COVER_SECTIONS = {
  purpose: 'Purpose of the report',
  recommendations: 'Recommendations',
  background: 'Background',
} as const;

/** "Strategic Aim" → "Strategic Aims", "Priority" → "Priorities", "Key objective" → "Key objectives". */
export function pluralLabel(label: string): string {
  const trimmed = label.trim();
  if (/[^aeiou]y$/i.test(trimmed)) return `${trimmed.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(trimmed)) return `${trimmed}es`;
  return `${trimmed}s`;
}

/** "<title> (<years>)", without the years when the title already names them ("… 2018-21", "… 2018-2021", "… 2018/21", "… 2018 to 2021"). */
export function titleWithYears(strategyTitle: string, startsOn: string, endsOn: string): string {
  const start = startsOn.slice(0, 4);
  const end = endsOn.slice(0, 4);
  const named =
    start === end
      ? new RegExp(`\\b${start}\\b`)
      : new RegExp(`\\b${start}\\s*(?:[-–—/]|to)\\s*(?:${end}|${end.slice(2)})\\b`);
  return named.test(strategyTitle) ? strategyTitle : `${strategyTitle} (${formatYears(startsOn, endsOn)})`;
}

/** "Update on Implementation of <title> (<years>)", the years only when the title does not name them already. */
export function reportTitle(strategyTitle: string, startsOn: string, endsOn: string): string {
  return `Update on Implementation of ${titleWithYears(strategyTitle, startsOn, endsOn)}`;
}
