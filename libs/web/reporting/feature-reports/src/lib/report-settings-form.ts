import type { BoardReportSettingsFieldsFragment } from '@waymark/web/shared/data-access';
import type { ReportChoice } from './report-choice';

/** The cover report and closing section as the form holds them (recommendations one a line). */
export interface CoverForm {
  readonly committee: string;
  readonly meetingOn: string;
  readonly author: string;
  readonly contactOfficer: string;
  readonly purpose: string;
  readonly recommendations: string;
  readonly background: string;
  readonly closingHeading: string;
  readonly closing: string;
}

export const EMPTY_COVER: CoverForm = {
  committee: '',
  meetingOn: '',
  author: '',
  contactOfficer: '',
  purpose: '',
  recommendations: '',
  background: '',
  closingHeading: '',
  closing: '',
};

export function coverFromSettings(s: BoardReportSettingsFieldsFragment): CoverForm {
  return {
    committee: s.committee ?? '',
    meetingOn: s.meetingOn ?? '',
    author: s.author ?? '',
    contactOfficer: s.contactOfficer ?? '',
    purpose: s.purpose ?? '',
    recommendations: s.recommendations.join('\n'),
    background: s.background ?? '',
    closingHeading: s.closingHeading ?? '',
    closing: s.closing ?? '',
  };
}

const orNull = (value: string) => value.trim() || null;

/** Variables for `saveBoardReportSettings`: the screen's options and its cover form. */
export function settingsInput(choice: ReportChoice, version: number, cover: CoverForm) {
  return {
    strategyId: choice.strategyId,
    periodId: choice.periodId as string,
    version,
    columns: [...choice.columns],
    onlyExceptions: choice.onlyExceptions,
    includeIndicators: choice.includeIndicators,
    introduction: orNull(choice.introduction),
    committee: orNull(cover.committee),
    meetingOn: orNull(cover.meetingOn),
    author: orNull(cover.author),
    contactOfficer: orNull(cover.contactOfficer),
    purpose: orNull(cover.purpose),
    recommendations: cover.recommendations
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean),
    background: orNull(cover.background),
    closingHeading: orNull(cover.closingHeading),
    closing: orNull(cover.closing),
  };
}
