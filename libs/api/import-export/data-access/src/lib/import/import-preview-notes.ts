import { cleanText, matchKey, ParsedPlanSheet } from '@waymark/shared/plan-template';
import { ExistingRecords } from './existing-records';
import { ImportChange, ImportSampleRow } from './import.types';

/** Actions shown in the preview's sample. */
export const SAMPLE_ACTIONS = 10;

/** "Column headings found on row 3; rows 1-2 were skipped ("Hate Crime Strategy 2018-21")." Null when they are on row 1. */
export function headerNote(sheet: Pick<ParsedPlanSheet, 'headerRowNumber' | 'rowsAboveHeader'>): string | null {
  const row = sheet.headerRowNumber;
  if (row <= 1) return null;
  const skipped = row === 2 ? 'row 1 was skipped' : `rows 1-${row - 1} were skipped`;
  const titles = sheet.rowsAboveHeader.slice(0, 3).map((t) => `“${t.length > 80 ? `${t.slice(0, 79)}…` : t}”`);
  return `Column headings found on row ${row}; ${skipped}${titles.length ? ` (${titles.join(', ')})` : ''}.`;
}

export function everyQuarterNote(created: number, skipped: readonly string[]): string {
  const base = `Every quarter of the strategy's years: ${created} reporting ${created === 1 ? 'period' : 'periods'} to create.`;
  return skipped.length ? `${base} Left out because another period covers part of them: ${skipped.join('; ')}.` : base;
}

/** The first actions of the sheet as the import will store them: names of records that exist already as they are spelt there. */
export function sampleRows(
  sheet: ParsedPlanSheet,
  changes: readonly ImportChange[],
  existing: Pick<ExistingRecords, 'organisations' | 'periods' | 'people'>,
): ImportSampleRow[] {
  const organisationName = new Map<string, string>();
  for (const o of existing.organisations) {
    if (o.short_name) organisationName.set(matchKey(o.short_name), o.name);
    organisationName.set(matchKey(o.name), o.name);
  }
  const periodName = new Map(existing.periods.map((p) => [matchKey(p.name), p.name]));
  const personByEmail = new Map(existing.people.map((p) => [p.email.toLowerCase(), p.full_name]));
  const actionChangeByRow = new Map(changes.filter((c) => c.entity === 'action').map((c) => [c.rows[0], c.operation]));
  const themeTitle = new Map(sheet.themes.map((t) => [t.key, t.title]));
  const objectiveTitle = new Map(sheet.objectives.map((o) => [o.key, o.title]));

  return sheet.actions.slice(0, SAMPLE_ACTIONS).map((action) => {
    const officer = action.leadOfficer;
    const knownName = officer?.email ? personByEmail.get(officer.email) : undefined;
    return {
      row: action.firstRow,
      operation: actionChangeByRow.get(action.firstRow) ?? 'create',
      ref: action.ref,
      theme: themeTitle.get(action.themeKey) ?? '',
      objective: action.objectiveKey ? (objectiveTitle.get(action.objectiveKey) ?? null) : null,
      title: action.title,
      leadOrganisation: action.leadOrganisation
        ? (organisationName.get(matchKey(action.leadOrganisation)) ?? action.leadOrganisation)
        : null,
      leadOfficer: officer?.email
        ? `${knownName ?? officer.name ?? officer.email} <${officer.email}>`
        : action.leadOfficerText,
      dueDate: action.dueDate,
      updates: action.entries.map((e) => ({
        period: periodName.get(matchKey(e.period)) ?? cleanText(e.period),
        rag: e.rag,
        progress: e.progress,
      })),
    };
  });
}
