import { EntityManager } from 'typeorm';
import { planActions } from './action-planning';
import { ExistingRecords, loadExistingRecords } from './existing-records';
import { ImportFindings } from './import-findings';
import { plannedWrites } from './import-plan-writer';
import { ImportPlan, ImportPreview, PlanningRequest, TargetStrategy } from './import.types';
import { type PlanSheetFile, planSheetOf, type ReadSheet } from '../plan-sheet';
import type { PlannedStatement } from '../sql';
import { headerNote, sampleRows } from './import-preview-notes';
import { matchGroups, matchOrganisations, matchPeople } from './partnership-record-matching';
import { matchPeriods } from './period-matching';
import { resolveTargetStrategy } from './target-strategy';
import { CSV_ENCODING_LABELS } from '../text-encoding';
import { everyQuarterNote } from './import-preview-notes';
import { planObjectives, planThemes } from './theme-objective-planning';

/** What planning reads from the database, and the read sheet: all of it plain data, so a worker thread can plan. */
export interface PlanningInput {
  readonly request: PlanningRequest;
  readonly sheet: ReadSheet;
  readonly strategy: TargetStrategy;
  readonly existing: ExistingRecords;
}

/**
 * What applying needs back from planning: the preview, and the statements that make it (none when the preview has
 * problems). The statements' rows are JSON text, so the API thread that runs them builds no row objects.
 */
export interface PlannedImport {
  readonly preview: ImportPreview;
  readonly strategyId: string;
  readonly statements: readonly PlannedStatement[];
}

/**
 * The database side of planning: the target strategy and every record the sheet may touch. With `lock` (apply),
 * the strategy is locked FOR UPDATE and its periods FOR SHARE (see loadExistingRecords), so the states planning
 * checks cannot change before the import commits.
 */
export async function loadPlanningInput(
  manager: EntityManager,
  request: PlanningRequest,
  sheet: ReadSheet,
  lock: boolean,
): Promise<PlanningInput> {
  const strategy = await resolveTargetStrategy(manager, request, sheet, lock);
  const existing = await loadExistingRecords(manager, request, strategy, sheet, lock);
  return { request, sheet, strategy, existing };
}

/** The import's preview and, when it has no problems, the statements that apply it (runs in the import worker). */
export function computePlannedImport(input: PlanningInput): PlannedImport {
  const plan = computeImportPlan(input);
  return {
    preview: plan.preview,
    strategyId: plan.strategy.id,
    statements: plan.preview.problems.length ? [] : plannedWrites(input.request, plan),
  };
}

/** Every create and update the import makes, and every problem, from plain data (no database): runs in the import worker. */
export function computeImportPlan({ request, sheet: read, strategy, existing }: PlanningInput): ImportPlan {
  const sheet: PlanSheetFile = planSheetOf(read);
  const findings = new ImportFindings(sheet);
  const organisations = matchOrganisations(existing.organisations, findings);
  const groups = matchGroups(existing.groups, findings);
  const people = matchPeople(existing.people, request, findings);
  const periods = matchPeriods(existing.periods, strategy, findings);

  const themes = planThemes(sheet, existing.themes, findings);
  const objectives = planObjectives(sheet, strategy, existing.objectives, themes.themeIdByKey, findings);
  const actions = planActions(
    sheet,
    existing,
    { themeIdByKey: themes.themeIdByKey, objectiveIdByKey: objectives.objectiveIdByKey },
    { organisation: organisations.resolve, group: groups.resolve, person: people.resolve, period: periods.resolve },
    findings,
  );

  if (strategy.everyQuarter) periods.addEveryQuarter();

  organisations.reportChanges();
  groups.reportChanges();
  people.reportChanges();
  periods.reportChanges();

  const problems = findings.sortedProblems();
  const counts = findings.counts();
  const changes = findings.sortedChanges();

  return {
    preview: {
      fileName: request.fileName,
      encoding: sheet.encoding ? CSV_ENCODING_LABELS[sheet.encoding] : null,
      headerRowNumber: sheet.headerRowNumber,
      headerNote: headerNote(sheet),
      accountableGroup: strategy.accountableGroup,
      periodsNote: strategy.everyQuarter ? everyQuarterNote(periods.inserts.length, periods.skippedQuarters) : null,
      sample: sampleRows(sheet, changes, existing),
      strategyId: strategy.isNew ? null : strategy.id,
      strategyTitle: strategy.title,
      newStrategy: strategy.isNew,
      rowsRead: sheet.rowsRead,
      columns: sheet.header.columns.map((c) => ({ letter: c.letter, header: c.header, field: c.field })),
      ignoredColumns: sheet.ignoredColumns.map((c) => ({ letter: c.letter, header: c.header, reason: c.reason })),
      counts,
      changes,
      problems,
      canApply: problems.length === 0,
      applied: false,
    },
    strategy,
    inserts: {
      organisations: organisations.inserts,
      groups: groups.inserts,
      people: people.inserts,
      periods: periods.inserts,
      themes: themes.inserts,
      objectives: objectives.inserts,
      actions: actions.actionInserts,
      supporting: actions.supportingInserts,
      updates: actions.progress.inserts,
    },
    themeUpdates: themes.updates,
    actionUpdates: actions.actionUpdates,
    supportingDeletes: actions.supportingDeletes,
    updateUpdates: actions.progress.updates,
  };
}
