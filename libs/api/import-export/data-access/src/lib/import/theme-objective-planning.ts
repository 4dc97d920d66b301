import { randomUUID } from 'node:crypto';
import { matchKey, objectiveKeyOf, ParsedPlanSheet } from '@waymark/shared/plan-template';
import { ImportFindings } from './import-findings';
import { ExistingObjective, ExistingTheme, PlannedInserts, TargetStrategy, VersionedUpdate } from './import.types';

/** The sheet's row numbers by a key of the row (rows without one left out), in one pass: per theme or objective it was a scan of every row. */
function rowNumbersBy(
  sheet: Pick<ParsedPlanSheet, 'rows'>,
  keyOf: (row: ParsedPlanSheet['rows'][number]) => string | null,
): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const row of sheet.rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const list = rows.get(key);
    if (list) list.push(row.rowNumber);
    else rows.set(key, [row.rowNumber]);
  }
  return rows;
}

/** Themes: by title; an unmatched numbered theme renames the theme at that position when its title is not in the file. */
export function planThemes(sheet: ParsedPlanSheet, existingThemes: readonly ExistingTheme[], findings: ImportFindings) {
  const fileThemeKeys = new Set(sheet.themes.map((t) => t.key));
  const themeIdByKey = new Map<string, string>();
  const claimedThemes = new Set<string>();
  const inserts: PlannedInserts['themes'] = [];
  const updates: VersionedUpdate<{ title: string }>[] = [];
  const rowsByTheme = rowNumbersBy(sheet, (r) => matchKey(r.theme));
  const themeRows = (key: string) => rowsByTheme.get(key) ?? [];
  let themeSort = Math.max(0, ...existingThemes.map((t) => t.sortOrder));
  const newThemes = [];
  for (const theme of sheet.themes) {
    const existing = existingThemes.find((t) => matchKey(t.title) === theme.key && !claimedThemes.has(t.id));
    if (existing) {
      claimedThemes.add(existing.id);
      themeIdByKey.set(theme.key, existing.id);
      findings.change('theme', 'unchanged', existing.title, themeRows(theme.key));
      continue;
    }
    const atPosition = theme.themeNo ? existingThemes[theme.themeNo - 1] : undefined;
    if (atPosition && !claimedThemes.has(atPosition.id) && !fileThemeKeys.has(matchKey(atPosition.title))) {
      claimedThemes.add(atPosition.id);
      themeIdByKey.set(theme.key, atPosition.id);
      updates.push({
        id: atPosition.id,
        version: atPosition.version,
        before: { title: atPosition.title },
        after: { title: theme.title },
      });
      findings.change('theme', 'update', `${atPosition.title} → ${theme.title}`, themeRows(theme.key), ['title']);
      continue;
    }
    newThemes.push(theme);
  }
  newThemes.sort((a, b) => (a.themeNo ?? Infinity) - (b.themeNo ?? Infinity) || a.firstRow - b.firstRow);
  for (const theme of newThemes) {
    const id = randomUUID();
    themeIdByKey.set(theme.key, id);
    inserts.push({ id, title: theme.title, sortOrder: ++themeSort });
    findings.change('theme', 'create', theme.title, themeRows(theme.key));
  }
  return { themeIdByKey, inserts, updates };
}

/** Objectives: by theme and title. */
export function planObjectives(
  sheet: ParsedPlanSheet,
  strategy: TargetStrategy,
  existingObjectives: readonly ExistingObjective[],
  themeIdByKey: ReadonlyMap<string, string>,
  findings: ImportFindings,
) {
  const objectiveIdByKey = new Map<string, string>();
  const inserts: PlannedInserts['objectives'] = [];
  const objectiveSort = new Map<string, number>();
  for (const o of existingObjectives)
    objectiveSort.set(o.themeId, Math.max(objectiveSort.get(o.themeId) ?? 0, o.sortOrder));
  if (!strategy.isNew && !strategy.hasObjectiveLevel && sheet.objectives.length > 0) {
    const first = sheet.objectives[0];
    findings.problem(
      first.firstRow,
      'objective',
      'This strategy has no objective level: leave the Objective column empty or remove it.',
    );
  }
  const rowsByObjective = rowNumbersBy(sheet, (r) =>
    r.objective ? objectiveKeyOf(matchKey(r.theme), r.objective) : null,
  );
  for (const objective of sheet.objectives) {
    const themeId = themeIdByKey.get(objective.themeKey);
    if (!themeId) continue;
    const rows = rowsByObjective.get(objective.key) ?? [];
    const existing = existingObjectives.find(
      (o) => o.themeId === themeId && matchKey(o.title) === matchKey(objective.title),
    );
    if (existing) {
      objectiveIdByKey.set(objective.key, existing.id);
      findings.change('objective', 'unchanged', existing.title, rows);
    } else {
      const id = randomUUID();
      const sortOrder = (objectiveSort.get(themeId) ?? 0) + 1;
      objectiveSort.set(themeId, sortOrder);
      objectiveIdByKey.set(objective.key, id);
      inserts.push({ id, themeId, title: objective.title, sortOrder });
      findings.change('objective', 'create', objective.title, rows);
    }
  }
  return { objectiveIdByKey, inserts };
}
