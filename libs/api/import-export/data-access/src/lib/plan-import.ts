import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditRecord, diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { badInput, conflict, notFound } from '@waymark/api/shared/util';
import { LifecycleStatus, Rag, ReviewState } from '@waymark/shared/domain';
import {
  cleanText,
  COLUMN_BY_FIELD,
  matchKey,
  ParsedPlanSheet,
  parsePlanSheet,
  parseQuarterPeriod,
  PlanAction,
  PlanField,
  PlanProblem,
} from '@waymark/shared/plan-template';
import { formatOf, readSpreadsheet } from './spreadsheet-io';
import { insertRows, updateRowsWithVersion } from './sql';

export interface NewStrategySpec {
  readonly title: string;
  /** First financial year, e.g. 2017 for a 2017–2020 strategy (starts 1 April 2017). */
  readonly startYear: number;
  /** Last year, e.g. 2020 (ends 31 March 2020). */
  readonly endYear: number;
}

export interface ImportRequest {
  readonly fileName: string;
  readonly content: Buffer;
  readonly partnershipId: string;
  readonly strategyId?: string | null;
  readonly newStrategy?: NewStrategySpec | null;
  /** Person doing the import (null from the command line). */
  readonly actorId: string | null;
}

export type ImportEntity = 'theme' | 'objective' | 'action' | 'organisation' | 'group' | 'person' | 'period' | 'update';
export const IMPORT_ENTITIES: readonly ImportEntity[] = ['theme', 'objective', 'action', 'organisation', 'group', 'person', 'period', 'update'];
export type ImportOperation = 'create' | 'update' | 'unchanged';

export interface ImportChange {
  readonly entity: ImportEntity;
  readonly operation: ImportOperation;
  readonly label: string;
  /** Spreadsheet rows this record comes from (first row first). */
  readonly rows: readonly number[];
  /** Fields that change (updates only). */
  readonly fields: readonly string[];
}

export interface ImportCount {
  readonly entity: ImportEntity;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface ImportPreview {
  readonly fileName: string;
  readonly strategyId: string | null;
  readonly strategyTitle: string;
  readonly newStrategy: boolean;
  readonly rowsRead: number;
  readonly columns: readonly { letter: string; header: string; field: string }[];
  readonly ignoredColumns: readonly { letter: string; header: string; reason: string }[];
  readonly counts: readonly ImportCount[];
  readonly changes: readonly ImportChange[];
  readonly problems: readonly PlanProblem[];
  readonly canApply: boolean;
  readonly applied: boolean;
}

type Row = Record<string, unknown>;
interface ExistingAction {
  id: string;
  themeId: string;
  objectiveId: string | null;
  ref: string | null;
  title: string;
  leadOrganisationId: string | null;
  leadPersonId: string | null;
  deliveryGroupId: string | null;
  startsOn: string | null;
  originalDueOn: string | null;
  currentDueOn: string | null;
  rescheduleCount: number;
  lifecycleStatus: LifecycleStatus;
  sortOrder: number;
  version: number;
  archivedAt: Date | null;
}
interface ExistingUpdate {
  id: string;
  actionId: string;
  periodId: string;
  narrative: string;
  proposedRag: Rag | null;
  validatedRag: Rag | null;
  validationReason: string | null;
  lifecycleStatus: LifecycleStatus | null;
  reviewState: ReviewState;
  version: number;
}

/** The writes an import will make, computed without writing anything. */
interface ImportPlan {
  preview: ImportPreview;
  strategy: { id: string; isNew: boolean; title: string; startsOn: string; endsOn: string; hasObjectiveLevel: boolean };
  inserts: {
    organisations: { id: string; name: string; sortOrder: number }[];
    groups: { id: string; name: string; sortOrder: number }[];
    people: { id: string; fullName: string; email: string }[];
    periods: { id: string; name: string; startsOn: string; endsOn: string; updateDeadline: string }[];
    themes: { id: string; title: string; sortOrder: number }[];
    objectives: { id: string; themeId: string; title: string; sortOrder: number }[];
    actions: Row[];
    supporting: { actionId: string; organisationId: string }[];
    updates: Row[];
  };
  themeUpdates: { id: string; version: number; before: Row; after: Row }[];
  actionUpdates: { id: string; version: number; before: Row; after: Row }[];
  supportingDeletes: { actionId: string; organisationId: string }[];
  updateUpdates: { id: string; version: number; before: Row; after: Row }[];
}

const camel = (row: Row): Row => {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  return out;
};

function titleFromEmail(email: string): string {
  return email
    .split('@')[0]
    .split(/[._-]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join(' ');
}

/** Reads the file and works out every create/update, checking against the database. Writes nothing. */
async function planImport(manager: EntityManager, request: ImportRequest, sheet: ParsedPlanSheet, lock: boolean): Promise<ImportPlan> {
  const problems: PlanProblem[] = [...sheet.problems];
  const changes: ImportChange[] = [];
  const problem = (row: number, field: PlanField, message: string) => {
    const column = sheet.header.byField[field];
    problems.push({ row, column: column?.header ?? COLUMN_BY_FIELD[field].header, columnLetter: column?.letter ?? null, message });
  };
  const change = (entity: ImportEntity, operation: ImportOperation, label: string, rows: readonly number[], fields: readonly string[] = []) =>
    changes.push({ entity, operation, label, rows: [...new Set(rows)].sort((a, b) => a - b), fields });

  // Target strategy.
  let strategy: ImportPlan['strategy'];
  if (request.strategyId) {
    const rows: Row[] = await manager.query(
      `SELECT id, partnership_id, title, starts_on, ends_on, has_objective_level, archived_at FROM strategy WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [request.strategyId],
    );
    const found = rows[0];
    if (!found || found['partnership_id'] !== request.partnershipId) throw notFound('Strategy', request.strategyId);
    if (found['archived_at']) throw badInput([{ field: 'input.strategyId', message: 'This strategy is archived: restore it before importing into it.' }]);
    strategy = {
      id: String(found['id']),
      isNew: false,
      title: String(found['title']),
      startsOn: String(found['starts_on']),
      endsOn: String(found['ends_on']),
      hasObjectiveLevel: Boolean(found['has_objective_level']),
    };
  } else if (request.newStrategy) {
    const { title, startYear, endYear } = request.newStrategy;
    const fieldProblems = [];
    if (!title || !title.trim()) fieldProblems.push({ field: 'input.newStrategy.title', message: 'Give the new strategy a title.' });
    if (!Number.isInteger(startYear) || startYear < 1990 || startYear > 2100) fieldProblems.push({ field: 'input.newStrategy.startYear', message: 'Give the first year, e.g. 2017.' });
    if (!Number.isInteger(endYear) || endYear <= startYear || endYear > 2110) fieldProblems.push({ field: 'input.newStrategy.endYear', message: 'Give the last year, after the first year, e.g. 2020.' });
    if (fieldProblems.length) throw badInput(fieldProblems);
    strategy = {
      id: randomUUID(),
      isNew: true,
      title: title.trim(),
      startsOn: `${startYear}-04-01`,
      endsOn: `${endYear}-03-31`,
      hasObjectiveLevel: sheet.objectives.length > 0,
    };
  } else {
    throw badInput([{ field: 'input.strategyId', message: 'Choose an existing strategy or give a title and years for a new one.' }]);
  }

  // Existing records: a fixed number of set-based reads.
  const sid = strategy.isNew ? null : strategy.id;
  // One connection inside a transaction: run the reads one after another.
  const sequential = async (queries: (() => Promise<Row[]> | Row[])[]) => {
    const out: Row[][] = [];
    for (const query of queries) out.push(await query());
    return out;
  };
  const [themesRaw, objectivesRaw, actionsRaw, supportingRaw, periodsRaw, updatesRaw, orgsRaw, groupsRaw] = await sequential([
    () => sid ? manager.query(`SELECT id, title, sort_order, version FROM theme WHERE strategy_id = $1 AND archived_at IS NULL ORDER BY sort_order, id`, [sid]) : [],
    () => sid ? manager.query(`SELECT id, theme_id, title, sort_order, version FROM objective WHERE strategy_id = $1 AND archived_at IS NULL ORDER BY sort_order, id`, [sid]) : [],
    () => sid ? manager.query(`SELECT * FROM action WHERE strategy_id = $1 ORDER BY sort_order, id`, [sid]) : [],
    () => sid ? manager.query(`SELECT s.action_id, s.organisation_id FROM action_supporting_organisation s JOIN action a ON a.id = s.action_id WHERE a.strategy_id = $1`, [sid]) : [],
    () => sid ? manager.query(`SELECT id, name, starts_on, ends_on, state FROM reporting_period WHERE strategy_id = $1`, [sid]) : [],
    () => sid ? manager.query(`SELECT u.* FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.strategy_id = $1`, [sid]) : [],
    () => manager.query(`SELECT id, name, short_name, sort_order, archived_at FROM organisation WHERE partnership_id = $1`, [request.partnershipId]),
    () => manager.query(`SELECT id, name, sort_order, archived_at FROM partnership_group WHERE partnership_id = $1`, [request.partnershipId]),
  ]);
  const emails = [...new Set(sheet.actions.map((a) => a.leadOfficer?.email).filter((e): e is string => !!e))];
  const peopleRaw: Row[] = await manager.query(
    `SELECT id, partnership_id, full_name, email, archived_at FROM person WHERE partnership_id = $1 OR lower(email::text) = ANY($2::text[])`,
    [request.partnershipId, emails],
  );

  // Organisations: matched by name or short name; created when new.
  const orgByKey = new Map<string, { id: string; name: string; isNew: boolean; archived: boolean; rows: number[] }>();
  for (const o of orgsRaw) {
    const entry = { id: String(o['id']), name: String(o['name']), isNew: false, archived: !!o['archived_at'], rows: [] as number[] };
    orgByKey.set(matchKey(String(o['name'])), entry);
    if (o['short_name'] && !orgByKey.has(matchKey(String(o['short_name'])))) orgByKey.set(matchKey(String(o['short_name'])), entry);
  }
  let orgSort = Math.max(0, ...orgsRaw.map((o) => Number(o['sort_order'])));
  const orgInserts: ImportPlan['inserts']['organisations'] = [];
  const resolveOrg = (name: string, row: number, field: PlanField): string | null => {
    const key = matchKey(name);
    let entry = orgByKey.get(key);
    if (!entry) {
      entry = { id: randomUUID(), name, isNew: true, archived: false, rows: [] };
      orgByKey.set(key, entry);
      orgInserts.push({ id: entry.id, name, sortOrder: ++orgSort });
    }
    if (entry.archived) {
      problem(row, field, `Organisation "${entry.name}" is archived: restore it or use another organisation.`);
      return null;
    }
    entry.rows.push(row);
    return entry.id;
  };

  const groupByKey = new Map<string, { id: string; name: string; isNew: boolean; archived: boolean; rows: number[] }>();
  for (const g of groupsRaw) groupByKey.set(matchKey(String(g['name'])), { id: String(g['id']), name: String(g['name']), isNew: false, archived: !!g['archived_at'], rows: [] });
  let groupSort = Math.max(0, ...groupsRaw.map((g) => Number(g['sort_order'])));
  const groupInserts: ImportPlan['inserts']['groups'] = [];
  const resolveGroup = (name: string, row: number): string | null => {
    const key = matchKey(name);
    let entry = groupByKey.get(key);
    if (!entry) {
      entry = { id: randomUUID(), name, isNew: true, archived: false, rows: [] };
      groupByKey.set(key, entry);
      groupInserts.push({ id: entry.id, name, sortOrder: ++groupSort });
    }
    if (entry.archived) {
      problem(row, 'deliveryGroup', `Group "${entry.name}" is archived: restore it or use another group.`);
      return null;
    }
    entry.rows.push(row);
    return entry.id;
  };

  // People: by email, else by name (must be unique in the partnership); a new email adds a person.
  const peopleInPartnership = peopleRaw.filter((p) => p['partnership_id'] === request.partnershipId && !p['archived_at']);
  const personByEmail = new Map(peopleRaw.map((p) => [String(p['email']).toLowerCase(), p]));
  const personUse = new Map<string, { label: string; isNew: boolean; rows: number[] }>();
  const peopleInserts: ImportPlan['inserts']['people'] = [];
  const resolvePerson = (action: PlanAction): string | null => {
    const ref = action.leadOfficer;
    if (!ref) return null;
    const row = action.firstRow;
    let id: string | null = null;
    if (ref.email) {
      const found = personByEmail.get(ref.email);
      if (found && found['partnership_id'] !== request.partnershipId) {
        problem(row, 'leadOfficer', `${ref.email} belongs to a person in another partnership.`);
        return null;
      }
      if (found && found['archived_at']) {
        problem(row, 'leadOfficer', `${found['full_name']} (${ref.email}) is archived: restore them or choose another lead officer.`);
        return null;
      }
      if (found) id = String(found['id']);
      else {
        id = randomUUID();
        const fullName = ref.name ?? titleFromEmail(ref.email);
        const created = { id, partnership_id: request.partnershipId, full_name: fullName, email: ref.email, archived_at: null };
        personByEmail.set(ref.email, created);
        peopleInserts.push({ id, fullName, email: ref.email });
        personUse.set(id, { label: `${fullName} <${ref.email}>`, isNew: true, rows: [] });
      }
    } else if (ref.name) {
      const matches = [...peopleInPartnership, ...peopleInserts.map((p) => ({ id: p.id, full_name: p.fullName, email: p.email }))].filter(
        (p) => matchKey(String(p['full_name'])) === matchKey(ref.name),
      );
      if (matches.length === 0) {
        problem(row, 'leadOfficer', `Unknown lead officer "${ref.name}": no person with this name. Give their email (or "Name <email>") to add them.`);
        return null;
      }
      if (matches.length > 1) {
        problem(row, 'leadOfficer', `"${ref.name}" matches ${matches.length} people: give the lead officer's email instead.`);
        return null;
      }
      id = String(matches[0]['id']);
    }
    if (!id) return null;
    const person = [...personByEmail.values()].find((p) => p['id'] === id);
    const use = personUse.get(id) ?? { label: person ? `${person['full_name']} <${person['email']}>` : id, isNew: false, rows: [] };
    use.rows.push(...action.rows);
    personUse.set(id, use);
    return id;
  };

  // Periods: by name; "2018/19 Q2" creates a UK financial-year quarter.
  const periodByKey = new Map<string, { id: string; name: string; startsOn: string; state: string; isNew: boolean; rows: number[] }>();
  for (const p of periodsRaw) {
    periodByKey.set(matchKey(String(p['name'])), { id: String(p['id']), name: String(p['name']), startsOn: String(p['starts_on']), state: String(p['state']), isNew: false, rows: [] });
  }
  const periodInserts: ImportPlan['inserts']['periods'] = [];
  const resolvePeriod = (text: string, row: number) => {
    let entry = periodByKey.get(matchKey(text));
    if (!entry) {
      const quarter = parseQuarterPeriod(text);
      if (!quarter) {
        problem(row, 'period', `Unknown period "${text}": not a reporting period of this strategy, and not a quarter like "2018/19 Q2".`);
        return null;
      }
      // "Q2 2018/19" and "2018/19 Q2" are the same quarter: match on dates, keep the name as first written.
      entry = [...periodByKey.values()].find((p) => p.startsOn === quarter.startsOn && parseQuarterPeriod(p.name)?.startsOn === quarter.startsOn);
      if (!entry) {
        const name = cleanText(text);
        entry = { id: randomUUID(), name, startsOn: quarter.startsOn, state: 'open', isNew: true, rows: [] };
        periodInserts.push({ id: entry.id, ...quarter, name });
      }
      periodByKey.set(matchKey(text), entry);
    }
    entry.rows.push(row);
    return entry;
  };

  // Themes: by title; an unmatched numbered theme renames the theme at that position when its title is not in the file.
  const fileThemeKeys = new Set(sheet.themes.map((t) => t.key));
  const existingThemes = themesRaw.map(camel) as { id: string; title: string; sortOrder: number; version: number }[];
  const themeIdByKey = new Map<string, string>();
  const claimedThemes = new Set<string>();
  const themeInserts: ImportPlan['inserts']['themes'] = [];
  const themeUpdates: ImportPlan['themeUpdates'] = [];
  const themeRows = (key: string) => sheet.rows.filter((r) => matchKey(r.theme) === key).map((r) => r.rowNumber);
  let themeSort = Math.max(0, ...existingThemes.map((t) => t.sortOrder));
  const newThemes = [];
  for (const theme of sheet.themes) {
    const existing = existingThemes.find((t) => matchKey(t.title) === theme.key && !claimedThemes.has(t.id));
    if (existing) {
      claimedThemes.add(existing.id);
      themeIdByKey.set(theme.key, existing.id);
      change('theme', 'unchanged', existing.title, themeRows(theme.key));
      continue;
    }
    const atPosition = theme.themeNo ? existingThemes[theme.themeNo - 1] : undefined;
    if (atPosition && !claimedThemes.has(atPosition.id) && !fileThemeKeys.has(matchKey(atPosition.title))) {
      claimedThemes.add(atPosition.id);
      themeIdByKey.set(theme.key, atPosition.id);
      themeUpdates.push({ id: atPosition.id, version: atPosition.version, before: { title: atPosition.title }, after: { title: theme.title } });
      change('theme', 'update', `${atPosition.title} → ${theme.title}`, themeRows(theme.key), ['title']);
      continue;
    }
    newThemes.push(theme);
  }
  newThemes.sort((a, b) => (a.themeNo ?? Infinity) - (b.themeNo ?? Infinity) || a.firstRow - b.firstRow);
  for (const theme of newThemes) {
    const id = randomUUID();
    themeIdByKey.set(theme.key, id);
    themeInserts.push({ id, title: theme.title, sortOrder: ++themeSort });
    change('theme', 'create', theme.title, themeRows(theme.key));
  }

  // Objectives: by theme and title.
  const existingObjectives = objectivesRaw.map(camel) as { id: string; themeId: string; title: string; sortOrder: number }[];
  const objectiveIdByKey = new Map<string, string>();
  const objectiveInserts: ImportPlan['inserts']['objectives'] = [];
  const objectiveSort = new Map<string, number>();
  for (const o of existingObjectives) objectiveSort.set(o.themeId, Math.max(objectiveSort.get(o.themeId) ?? 0, o.sortOrder));
  if (!strategy.isNew && !strategy.hasObjectiveLevel && sheet.objectives.length > 0) {
    const first = sheet.objectives[0];
    problem(first.firstRow, 'objective', 'This strategy has no objective level: leave the Objective column empty or remove it.');
  }
  for (const objective of sheet.objectives) {
    const themeId = themeIdByKey.get(objective.themeKey);
    if (!themeId) continue;
    const rows = sheet.rows.filter((r) => r.objective && `${matchKey(r.theme)}|${matchKey(r.objective)}` === objective.key).map((r) => r.rowNumber);
    const existing = existingObjectives.find((o) => o.themeId === themeId && matchKey(o.title) === matchKey(objective.title));
    if (existing) {
      objectiveIdByKey.set(objective.key, existing.id);
      change('objective', 'unchanged', existing.title, rows);
    } else {
      const id = randomUUID();
      const sortOrder = (objectiveSort.get(themeId) ?? 0) + 1;
      objectiveSort.set(themeId, sortOrder);
      objectiveIdByKey.set(objective.key, id);
      objectiveInserts.push({ id, themeId, title: objective.title, sortOrder });
      change('objective', 'create', objective.title, rows);
    }
  }

  // Actions: by ref, else by parent and title.
  const existingActions = actionsRaw.map(camel) as unknown as ExistingAction[];
  const supportingByAction = new Map<string, Set<string>>();
  for (const s of supportingRaw) {
    const set = supportingByAction.get(String(s['action_id'])) ?? new Set<string>();
    set.add(String(s['organisation_id']));
    supportingByAction.set(String(s['action_id']), set);
  }
  const existingUpdates = updatesRaw.map(camel) as unknown as ExistingUpdate[];
  const updateByKey = new Map(existingUpdates.map((u) => [`${u.actionId}|${u.periodId}`, u]));
  const actionSort = new Map<string, number>();
  for (const a of existingActions) {
    const parent = a.objectiveId ?? a.themeId;
    actionSort.set(parent, Math.max(actionSort.get(parent) ?? 0, a.sortOrder));
  }
  const claimedActions = new Set<string>();
  const actionInserts: Row[] = [];
  const actionUpdates: ImportPlan['actionUpdates'] = [];
  const supportingInserts: ImportPlan['inserts']['supporting'] = [];
  const supportingDeletes: ImportPlan['supportingDeletes'] = [];
  const updateInserts: Row[] = [];
  const updateUpdates: ImportPlan['updateUpdates'] = [];

  for (const action of sheet.actions) {
    const themeId = themeIdByKey.get(action.themeKey);
    if (!themeId) continue;
    const objectiveId = action.objectiveKey ? (objectiveIdByKey.get(action.objectiveKey) ?? null) : null;
    const label = action.ref ? `${action.ref} ${action.title}` : action.title;

    let existing: ExistingAction | undefined;
    if (action.ref) {
      existing = existingActions.find((a) => a.ref !== null && matchKey(a.ref) === matchKey(action.ref));
      if (existing?.archivedAt) {
        problem(action.firstRow, 'actionRef', `Action ref "${action.ref}" belongs to an archived action: restore it or use a new ref.`);
        continue;
      }
    } else {
      existing = existingActions.find(
        (a) => !a.archivedAt && !claimedActions.has(a.id) && a.themeId === themeId && a.objectiveId === objectiveId && matchKey(a.title) === matchKey(action.title),
      );
    }
    if (existing) claimedActions.add(existing.id);

    const leadOrganisationId = action.leadOrganisation ? resolveOrg(action.leadOrganisation, action.firstRow, 'leadOrganisation') : undefined;
    const deliveryGroupId = action.deliveryGroup ? resolveGroup(action.deliveryGroup, action.firstRow) : undefined;
    const leadPersonId = action.leadOfficer ? resolvePerson(action) : undefined;
    const supportingIds = action.supportingOrganisations?.map((name) => resolveOrg(name, action.firstRow, 'supportingOrganisations')).filter((id): id is string => !!id);

    // Updates first: the action's status may come from its latest period.
    const entries = action.entries
      .map((entry) => ({ entry, period: resolvePeriod(entry.period, entry.rowNumber) }))
      .filter((e): e is { entry: (typeof action.entries)[number]; period: NonNullable<ReturnType<typeof resolvePeriod>> } => e.period !== null);
    const latestWithStatus = [...entries].filter((e) => e.entry.status).sort((a, b) => (a.period.startsOn < b.period.startsOn ? 1 : -1))[0];
    const status: LifecycleStatus | undefined = action.status ?? latestWithStatus?.entry.status ?? undefined;

    const actionId = existing?.id ?? randomUUID();
    if (existing) {
      const before: Row = {
        title: existing.title, themeId: existing.themeId, objectiveId: existing.objectiveId, leadOrganisationId: existing.leadOrganisationId,
        leadPersonId: existing.leadPersonId, deliveryGroupId: existing.deliveryGroupId, startsOn: existing.startsOn,
        originalDueOn: existing.originalDueOn, currentDueOn: existing.currentDueOn, rescheduleCount: existing.rescheduleCount, lifecycleStatus: existing.lifecycleStatus,
      };
      const after: Row = { ...before, title: action.title, themeId, objectiveId };
      if (leadOrganisationId !== undefined && leadOrganisationId !== null) after['leadOrganisationId'] = leadOrganisationId;
      if (leadPersonId !== undefined && leadPersonId !== null) after['leadPersonId'] = leadPersonId;
      if (deliveryGroupId !== undefined && deliveryGroupId !== null) after['deliveryGroupId'] = deliveryGroupId;
      if (action.startDate) after['startsOn'] = action.startDate;
      if (action.dueDate && action.dueDate !== existing.currentDueOn) {
        after['currentDueOn'] = action.dueDate;
        if (existing.currentDueOn) after['rescheduleCount'] = existing.rescheduleCount + 1;
        else after['originalDueOn'] = existing.originalDueOn ?? action.dueDate;
      }
      if (status) after['lifecycleStatus'] = status;
      if (after['startsOn'] && after['currentDueOn'] && String(after['currentDueOn']) < String(after['startsOn'])) {
        problem(action.firstRow, action.dueDate ? 'dueDate' : 'startDate', `Due date ${after['currentDueOn']} would be before the start date ${after['startsOn']}.`);
      }
      const diff = diffFields(before, after);
      const fields = Object.keys(diff);
      if (supportingIds) {
        const current = supportingByAction.get(existing.id) ?? new Set<string>();
        const wanted = new Set(supportingIds);
        const added = [...wanted].filter((id) => !current.has(id));
        const removed = [...current].filter((id) => !wanted.has(id));
        if (added.length || removed.length) {
          fields.push('supportingOrganisations');
          supportingInserts.push(...added.map((organisationId) => ({ actionId: existing.id, organisationId })));
          supportingDeletes.push(...removed.map((organisationId) => ({ actionId: existing.id, organisationId })));
        }
      }
      if (Object.keys(diff).length) actionUpdates.push({ id: existing.id, version: existing.version, before, after });
      change('action', fields.length ? 'update' : 'unchanged', label, action.rows, fields);
    } else {
      const parent = objectiveId ?? themeId;
      const sortOrder = (actionSort.get(parent) ?? 0) + 1;
      actionSort.set(parent, sortOrder);
      actionInserts.push({
        id: actionId, themeId, objectiveId, ref: action.ref, title: action.title, leadOrganisationId: leadOrganisationId ?? null,
        leadPersonId: leadPersonId ?? null, deliveryGroupId: deliveryGroupId ?? null, startsOn: action.startDate, originalDueOn: action.dueDate,
        currentDueOn: action.dueDate, lifecycleStatus: status ?? LifecycleStatus.NotStarted, sortOrder,
      });
      supportingInserts.push(...(supportingIds ?? []).map((organisationId) => ({ actionId, organisationId })));
      change('action', 'create', label, action.rows);
    }

    for (const { entry, period } of entries) {
      const updateLabel = `${label} — ${period.name}`;
      const current = existing ? updateByKey.get(`${existing.id}|${period.id}`) : undefined;
      const reviewState = entry.reviewState ?? ReviewState.Accepted;
      if (current) {
        const effective = current.validatedRag ?? current.proposedRag;
        const before: Row = { narrative: current.narrative, proposedRag: current.proposedRag, validatedRag: current.validatedRag, lifecycleStatus: current.lifecycleStatus, reviewState: current.reviewState };
        const after: Row = { ...before, narrative: entry.progress, lifecycleStatus: entry.status };
        if (entry.rag !== effective) {
          if (current.validatedRag) after['validatedRag'] = entry.rag;
          else after['proposedRag'] = entry.rag;
        }
        if (entry.reviewState && entry.reviewState !== current.reviewState) after['reviewState'] = entry.reviewState;
        const fields = Object.keys(diffFields(before, after));
        if (fields.length && period.state === 'signed_off') {
          problem(entry.rowNumber, 'progress', `${period.name} is signed off: its updates can only be changed by a dated correction, not by import.`);
        }
        if (fields.length) {
          updateUpdates.push({ id: current.id, version: current.version, before, after: { ...after, validationReason: after['validatedRag'] !== before['validatedRag'] ? 'Changed by spreadsheet import' : current.validationReason } });
        }
        change('update', fields.length ? 'update' : 'unchanged', updateLabel, [entry.rowNumber], fields);
      } else {
        if (period.state === 'signed_off') {
          problem(entry.rowNumber, 'period', `${period.name} is signed off: an update cannot be added to it by import.`);
        }
        updateInserts.push({ id: randomUUID(), actionId, periodId: period.id, narrative: entry.progress, proposedRag: entry.rag, lifecycleStatus: entry.status, reviewState });
        change('update', 'create', updateLabel, [entry.rowNumber]);
      }
    }
  }

  for (const entry of new Set(orgByKey.values())) if (entry.rows.length || entry.isNew) change('organisation', entry.isNew ? 'create' : 'unchanged', entry.name, entry.rows);
  for (const entry of groupByKey.values()) if (entry.rows.length || entry.isNew) change('group', entry.isNew ? 'create' : 'unchanged', entry.name, entry.rows);
  for (const entry of personUse.values()) change('person', entry.isNew ? 'create' : 'unchanged', entry.label, entry.rows);
  for (const entry of new Set(periodByKey.values())) if (entry.rows.length || entry.isNew) change('period', entry.isNew ? 'create' : 'unchanged', entry.name, entry.rows);

  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.columnLetter ?? '').localeCompare(b.columnLetter ?? ''));
  const counts = IMPORT_ENTITIES.map((entity) => {
    const of = changes.filter((c) => c.entity === entity);
    return {
      entity,
      created: of.filter((c) => c.operation === 'create').length,
      updated: of.filter((c) => c.operation === 'update').length,
      unchanged: of.filter((c) => c.operation === 'unchanged').length,
    };
  });
  const order = new Map(IMPORT_ENTITIES.map((e, i) => [e, i]));
  changes.sort((a, b) => (order.get(a.entity) ?? 0) - (order.get(b.entity) ?? 0) || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));

  return {
    preview: {
      fileName: request.fileName,
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
      organisations: orgInserts,
      groups: groupInserts,
      people: peopleInserts,
      periods: periodInserts,
      themes: themeInserts,
      objectives: objectiveInserts,
      actions: actionInserts,
      supporting: supportingInserts,
      updates: updateInserts,
    },
    themeUpdates,
    actionUpdates,
    supportingDeletes,
    updateUpdates,
  };
}

async function readSheet(request: ImportRequest): Promise<ParsedPlanSheet> {
  if (!formatOf(request.fileName)) {
    throw badInput([{ field: 'input.fileName', message: 'Upload an Excel workbook (.xlsx) or a CSV file (.csv).' }]);
  }
  try {
    return parsePlanSheet(await readSpreadsheet(request.fileName, request.content));
  } catch (error) {
    throw badInput([{ field: 'input.contentBase64', message: `The file could not be read as ${formatOf(request.fileName)}: ${(error as Error).message}` }]);
  }
}

/** Dry run: what the import would create, update and leave alone, and every problem. Writes nothing. */
export async function previewPlanImport(dataSource: DataSource, request: ImportRequest): Promise<ImportPreview> {
  const sheet = await readSheet(request);
  return dataSource.transaction('REPEATABLE READ', async (manager) => (await planImport(manager, request, sheet, false)).preview);
}

/** Applies the import in one transaction; refuses (changing nothing) when the preview has problems. */
export async function applyPlanImport(dataSource: DataSource, request: ImportRequest): Promise<ImportPreview> {
  const sheet = await readSheet(request);
  return dataSource.transaction(async (manager) => {
    const plan = await planImport(manager, request, sheet, true);
    if (plan.preview.problems.length > 0) {
      const shown = plan.preview.problems.slice(0, 50).map((p) => ({
        field: p.row ? `row ${p.row}${p.columnLetter ? `, column ${p.columnLetter}` : ''}${p.column ? ` (${p.column})` : ''}` : 'file',
        message: p.message,
      }));
      throw badInput(shown);
    }
    await writePlan(manager, request, plan);
    return { ...plan.preview, strategyId: plan.strategy.id, applied: true };
  });
}

async function writePlan(manager: EntityManager, request: ImportRequest, plan: ImportPlan): Promise<void> {
  const audit: AuditRecord[] = [];
  const reason = `Imported from ${request.fileName}`;
  const base = { actorId: request.actorId, partnershipId: request.partnershipId, reason };
  const created = (entityType: string, entityId: string, after: Row) => audit.push({ ...base, entityType, entityId, operation: 'create', changes: diffFields(null, after) });
  const { strategy, inserts } = plan;

  if (strategy.isNew) {
    await manager.query(
      `INSERT INTO strategy (id, partnership_id, title, starts_on, ends_on, has_objective_level) VALUES ($1, $2, $3, $4, $5, $6)`,
      [strategy.id, request.partnershipId, strategy.title, strategy.startsOn, strategy.endsOn, strategy.hasObjectiveLevel],
    );
    created('strategy', strategy.id, { title: strategy.title, startsOn: strategy.startsOn, endsOn: strategy.endsOn, hasObjectiveLevel: strategy.hasObjectiveLevel });
  }
  await insertRows(manager, 'organisation', [{ name: 'id', type: 'uuid' }, { name: 'partnership_id', type: 'uuid' }, { name: 'name', type: 'text' }, { name: 'sort_order', type: 'int' }],
    inserts.organisations.map((o) => [o.id, request.partnershipId, o.name, o.sortOrder]));
  inserts.organisations.forEach((o) => created('organisation', o.id, { name: o.name }));
  await insertRows(manager, 'partnership_group', [{ name: 'id', type: 'uuid' }, { name: 'partnership_id', type: 'uuid' }, { name: 'name', type: 'text' }, { name: 'kind', type: 'group_kind' }, { name: 'sort_order', type: 'int' }],
    inserts.groups.map((g) => [g.id, request.partnershipId, g.name, 'delivery_group', g.sortOrder]));
  inserts.groups.forEach((g) => created('partnership_group', g.id, { name: g.name, kind: 'delivery_group' }));
  await insertRows(manager, 'person', [{ name: 'id', type: 'uuid' }, { name: 'partnership_id', type: 'uuid' }, { name: 'full_name', type: 'text' }, { name: 'email', type: 'citext' }],
    inserts.people.map((p) => [p.id, request.partnershipId, p.fullName, p.email]));
  inserts.people.forEach((p) => created('person', p.id, { fullName: p.fullName, email: p.email }));
  await insertRows(manager, 'reporting_period', [{ name: 'id', type: 'uuid' }, { name: 'strategy_id', type: 'uuid' }, { name: 'name', type: 'text' }, { name: 'starts_on', type: 'date' }, { name: 'ends_on', type: 'date' }, { name: 'update_deadline', type: 'date' }],
    inserts.periods.map((p) => [p.id, strategy.id, p.name, p.startsOn, p.endsOn, p.updateDeadline]));
  inserts.periods.forEach((p) => created('reporting_period', p.id, { name: p.name, startsOn: p.startsOn, endsOn: p.endsOn, updateDeadline: p.updateDeadline }));
  await insertRows(manager, 'theme', [{ name: 'id', type: 'uuid' }, { name: 'strategy_id', type: 'uuid' }, { name: 'title', type: 'text' }, { name: 'sort_order', type: 'int' }],
    inserts.themes.map((t) => [t.id, strategy.id, t.title, t.sortOrder]));
  inserts.themes.forEach((t) => created('theme', t.id, { title: t.title, sortOrder: t.sortOrder }));
  await insertRows(manager, 'objective', [{ name: 'id', type: 'uuid' }, { name: 'strategy_id', type: 'uuid' }, { name: 'theme_id', type: 'uuid' }, { name: 'title', type: 'text' }, { name: 'sort_order', type: 'int' }],
    inserts.objectives.map((o) => [o.id, strategy.id, o.themeId, o.title, o.sortOrder]));
  inserts.objectives.forEach((o) => created('objective', o.id, { themeId: o.themeId, title: o.title, sortOrder: o.sortOrder }));

  const themeDone = await updateRowsWithVersion(manager, 'theme', [{ name: 'title', type: 'text' }], plan.themeUpdates.map((u) => ({ id: u.id, version: u.version, values: [u.after['title']] })));
  assertAllUpdated('Theme', plan.themeUpdates, themeDone);
  plan.themeUpdates.forEach((u) => audit.push({ ...base, entityType: 'theme', entityId: u.id, operation: 'update', changes: diffFields(u.before, u.after) }));

  const actionColumns = [
    { name: 'id', type: 'uuid' }, { name: 'strategy_id', type: 'uuid' }, { name: 'theme_id', type: 'uuid' }, { name: 'objective_id', type: 'uuid' },
    { name: 'ref', type: 'text' }, { name: 'title', type: 'text' }, { name: 'lead_organisation_id', type: 'uuid' }, { name: 'lead_person_id', type: 'uuid' },
    { name: 'delivery_group_id', type: 'uuid' }, { name: 'starts_on', type: 'date' }, { name: 'original_due_on', type: 'date' }, { name: 'current_due_on', type: 'date' },
    { name: 'lifecycle_status', type: 'lifecycle_status' }, { name: 'sort_order', type: 'int' },
  ];
  await insertRows(manager, 'action', actionColumns, inserts.actions.map((a) => [
    a['id'], strategy.id, a['themeId'], a['objectiveId'], a['ref'], a['title'], a['leadOrganisationId'], a['leadPersonId'], a['deliveryGroupId'],
    a['startsOn'], a['originalDueOn'], a['currentDueOn'], a['lifecycleStatus'], a['sortOrder'],
  ]));
  inserts.actions.forEach((a) => {
    const { id, ...fields } = a;
    const supportingOrganisationIds = inserts.supporting.filter((s) => s.actionId === id).map((s) => s.organisationId);
    created('action', String(id), supportingOrganisationIds.length ? { ...fields, supportingOrganisationIds } : fields);
  });

  const updatableAction = [
    { name: 'title', type: 'text' }, { name: 'theme_id', type: 'uuid' }, { name: 'objective_id', type: 'uuid' }, { name: 'lead_organisation_id', type: 'uuid' },
    { name: 'lead_person_id', type: 'uuid' }, { name: 'delivery_group_id', type: 'uuid' }, { name: 'starts_on', type: 'date' }, { name: 'original_due_on', type: 'date' },
    { name: 'current_due_on', type: 'date' }, { name: 'reschedule_count', type: 'int' }, { name: 'lifecycle_status', type: 'lifecycle_status' },
  ];
  const actionDone = await updateRowsWithVersion(manager, 'action', updatableAction, plan.actionUpdates.map((u) => ({
    id: u.id, version: u.version,
    values: ['title', 'themeId', 'objectiveId', 'leadOrganisationId', 'leadPersonId', 'deliveryGroupId', 'startsOn', 'originalDueOn', 'currentDueOn', 'rescheduleCount', 'lifecycleStatus'].map((k) => u.after[k]),
  })));
  assertAllUpdated('Action', plan.actionUpdates, actionDone);
  plan.actionUpdates.forEach((u) => audit.push({ ...base, entityType: 'action', entityId: u.id, operation: 'update', changes: diffFields(u.before, u.after) }));

  if (plan.supportingDeletes.length) {
    await manager.query(
      `DELETE FROM action_supporting_organisation s USING unnest($1::uuid[], $2::uuid[]) AS d(action_id, organisation_id)
       WHERE s.action_id = d.action_id AND s.organisation_id = d.organisation_id`,
      [plan.supportingDeletes.map((d) => d.actionId), plan.supportingDeletes.map((d) => d.organisationId)],
    );
  }
  await insertRows(manager, 'action_supporting_organisation', [{ name: 'action_id', type: 'uuid' }, { name: 'organisation_id', type: 'uuid' }],
    inserts.supporting.map((s) => [s.actionId, s.organisationId]));
  const newActionIds = new Set(inserts.actions.map((a) => String(a['id'])));
  const supportingChanged = new Set([...plan.supportingDeletes, ...inserts.supporting].map((s) => s.actionId).filter((id) => !newActionIds.has(id)));
  for (const actionId of supportingChanged) {
    audit.push({
      ...base, entityType: 'action', entityId: actionId, operation: 'update',
      changes: { supportingOrganisationIds: {
        before: plan.supportingDeletes.filter((d) => d.actionId === actionId).map((d) => d.organisationId),
        after: inserts.supporting.filter((s) => s.actionId === actionId).map((s) => s.organisationId),
      } },
    });
  }

  await insertRows(manager, 'progress_update', [
    { name: 'id', type: 'uuid' }, { name: 'action_id', type: 'uuid' }, { name: 'period_id', type: 'uuid' }, { name: 'narrative', type: 'text' },
    { name: 'proposed_rag', type: 'rag' }, { name: 'lifecycle_status', type: 'lifecycle_status' }, { name: 'review_state', type: 'review_state' },
  ], inserts.updates.map((u) => [u['id'], u['actionId'], u['periodId'], u['narrative'], u['proposedRag'], u['lifecycleStatus'], u['reviewState']]));
  inserts.updates.forEach((u) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { id, ...fields } = u;
    created('progress_update', String(u['id']), fields);
  });
  const updateDone = await updateRowsWithVersion(manager, 'progress_update', [
    { name: 'narrative', type: 'text' }, { name: 'proposed_rag', type: 'rag' }, { name: 'validated_rag', type: 'rag' }, { name: 'validation_reason', type: 'text' },
    { name: 'lifecycle_status', type: 'lifecycle_status' }, { name: 'review_state', type: 'review_state' },
  ], plan.updateUpdates.map((u) => ({
    id: u.id, version: u.version,
    values: ['narrative', 'proposedRag', 'validatedRag', 'validationReason', 'lifecycleStatus', 'reviewState'].map((k) => u.after[k]),
  })));
  assertAllUpdated('Progress update', plan.updateUpdates, updateDone);
  plan.updateUpdates.forEach((u) => audit.push({ ...base, entityType: 'progress_update', entityId: u.id, operation: 'update', changes: diffFields(u.before, u.after) }));

  for (let i = 0; i < audit.length; i += 5000) await writeAudit(manager, audit.slice(i, i + 5000));
}

function assertAllUpdated(entity: string, wanted: readonly { id: string; version: number }[], done: readonly string[]): void {
  if (done.length === wanted.length) return;
  const doneSet = new Set(done);
  const missed = wanted.find((w) => !doneSet.has(w.id));
  if (missed) throw conflict(entity, missed.id, missed.version, null);
}

/** Row counts of the tables an import writes, for tests and the CLI summary. */
export async function planTableCounts(manager: EntityManager | DataSource): Promise<Record<string, number>> {
  const tables = ['strategy', 'theme', 'objective', 'action', 'action_supporting_organisation', 'organisation', 'partnership_group', 'person', 'reporting_period', 'progress_update', 'audit_entry'];
  const rows: { t: string; n: string }[] = await manager.query(tables.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t}`).join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}
