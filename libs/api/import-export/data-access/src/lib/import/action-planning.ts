import { randomUUID } from 'node:crypto';
import { diffFields } from '@waymark/api/audit/data-access';
import { LifecycleStatus } from '@waymark/shared/domain';
import { matchKey, ParsedPlanSheet, PlanAction, PlanField } from '@waymark/shared/plan-template';
import { ExistingRecords } from './existing-records';
import { ImportFindings } from './import-findings';
import { ActionFields, ExistingAction, PlannedAction, SupportingLink, VersionedUpdate } from './import.types';
import { MatchedPeriod } from './period-matching';
import { PeriodEntry, planProgressUpdates, PlannedProgressUpdates } from './progress-update-planning';

/** Finds (or adds) the records an action row refers to by name. */
export interface ActionReferenceMatchers {
  organisation: (name: string, row: number, field: PlanField) => string | null;
  group: (name: string, row: number) => string | null;
  person: (action: PlanAction) => string | null;
  period: (text: string, row: number) => MatchedPeriod | null;
}

export interface PlannedActionChanges {
  actionInserts: PlannedAction[];
  actionUpdates: VersionedUpdate<ActionFields>[];
  supportingInserts: SupportingLink[];
  supportingDeletes: SupportingLink[];
  progress: PlannedProgressUpdates;
}

/** Actions: by ref, else by parent and title; with their supporting organisations and progress updates. */
export function planActions(
  sheet: ParsedPlanSheet,
  existingRecords: Pick<ExistingRecords, 'actions' | 'supporting' | 'updates'>,
  parents: { themeIdByKey: ReadonlyMap<string, string>; objectiveIdByKey: ReadonlyMap<string, string> },
  match: ActionReferenceMatchers,
  findings: ImportFindings,
): PlannedActionChanges {
  const existingActions = existingRecords.actions;
  const supportingByAction = new Map<string, Set<string>>();
  for (const s of existingRecords.supporting) {
    const set = supportingByAction.get(s.action_id) ?? new Set<string>();
    set.add(s.organisation_id);
    supportingByAction.set(s.action_id, set);
  }
  const updateByKey = new Map(existingRecords.updates.map((u) => [`${u.actionId}|${u.periodId}`, u]));
  const actionSort = new Map<string, number>();
  for (const a of existingActions) {
    const parent = a.objectiveId ?? a.themeId;
    actionSort.set(parent, Math.max(actionSort.get(parent) ?? 0, a.sortOrder));
  }
  // Looked up by key, not by a scan of every existing action per sheet action (quadratic at 600 × 600 on re-import).
  const byRef = new Map<string, ExistingAction>();
  const byParentAndTitle = new Map<string, ExistingAction[]>();
  for (const a of existingActions) {
    if (a.ref !== null && !byRef.has(matchKey(a.ref))) byRef.set(matchKey(a.ref), a);
    const key = `${a.themeId}|${a.objectiveId}|${matchKey(a.title)}`;
    byParentAndTitle.set(key, [...(byParentAndTitle.get(key) ?? []), a]);
  }
  const claimedActions = new Set<string>();
  const planned: PlannedActionChanges = {
    actionInserts: [],
    actionUpdates: [],
    supportingInserts: [],
    supportingDeletes: [],
    progress: { inserts: [], updates: [] },
  };

  for (const action of sheet.actions) {
    const themeId = parents.themeIdByKey.get(action.themeKey);
    if (!themeId) continue;
    const objectiveId = action.objectiveKey ? (parents.objectiveIdByKey.get(action.objectiveKey) ?? null) : null;
    const label = action.ref ? `${action.ref} ${action.title}` : action.title;

    let existing: ExistingAction | undefined;
    if (action.ref) {
      existing = byRef.get(matchKey(action.ref));
      if (existing?.archivedAt) {
        findings.problem(
          action.firstRow,
          'actionRef',
          `Action ref "${action.ref}" belongs to an archived action: restore it or use a new ref.`,
        );
        continue;
      }
    } else {
      existing = byParentAndTitle
        .get(`${themeId}|${objectiveId}|${matchKey(action.title)}`)
        ?.find((a) => !a.archivedAt && !claimedActions.has(a.id));
    }
    if (existing) claimedActions.add(existing.id);

    const leadOrganisationId = action.leadOrganisation
      ? match.organisation(action.leadOrganisation, action.firstRow, 'leadOrganisation')
      : undefined;
    const deliveryGroupId = action.deliveryGroup ? match.group(action.deliveryGroup, action.firstRow) : undefined;
    const leadPersonId = action.leadOfficer ? match.person(action) : undefined;
    const supportingIds = action.supportingOrganisations
      ?.map((name) => match.organisation(name, action.firstRow, 'supportingOrganisations'))
      .filter((id): id is string => !!id);

    // Updates first: the action's status may come from its latest period.
    const entries = action.entries
      .map((entry) => ({ entry, period: match.period(entry.period, entry.rowNumber) }))
      .filter((e): e is PeriodEntry => e.period !== null);
    const latestWithStatus = [...entries]
      .filter((e) => e.entry.status)
      .sort((a, b) => (a.period.startsOn < b.period.startsOn ? 1 : -1))[0];
    const status: LifecycleStatus | undefined = action.status ?? latestWithStatus?.entry.status ?? undefined;

    const actionId = existing?.id ?? randomUUID();
    if (existing) {
      const before: ActionFields = {
        title: existing.title,
        themeId: existing.themeId,
        objectiveId: existing.objectiveId,
        leadOrganisationId: existing.leadOrganisationId,
        leadPersonId: existing.leadPersonId,
        deliveryGroupId: existing.deliveryGroupId,
        startsOn: existing.startsOn,
        originalDueOn: existing.originalDueOn,
        currentDueOn: existing.currentDueOn,
        rescheduleCount: existing.rescheduleCount,
        lifecycleStatus: existing.lifecycleStatus,
      };
      const after: ActionFields = { ...before, title: action.title, themeId, objectiveId };
      if (leadOrganisationId !== undefined && leadOrganisationId !== null)
        after.leadOrganisationId = leadOrganisationId;
      if (leadPersonId !== undefined && leadPersonId !== null) after.leadPersonId = leadPersonId;
      if (deliveryGroupId !== undefined && deliveryGroupId !== null) after.deliveryGroupId = deliveryGroupId;
      if (action.startDate) after.startsOn = action.startDate;
      if (action.dueDate && action.dueDate !== existing.currentDueOn) {
        after.currentDueOn = action.dueDate;
        if (existing.currentDueOn) after.rescheduleCount = existing.rescheduleCount + 1;
        else after.originalDueOn = existing.originalDueOn ?? action.dueDate;
      }
      if (status) after.lifecycleStatus = status;
      if (after.startsOn && after.currentDueOn && after.currentDueOn < after.startsOn) {
        findings.problem(
          action.firstRow,
          action.dueDate ? 'dueDate' : 'startDate',
          `Due date ${after.currentDueOn} would be before the start date ${after.startsOn}.`,
        );
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
          planned.supportingInserts.push(...added.map((organisationId) => ({ actionId: existing.id, organisationId })));
          planned.supportingDeletes.push(
            ...removed.map((organisationId) => ({ actionId: existing.id, organisationId })),
          );
        }
      }
      if (Object.keys(diff).length)
        planned.actionUpdates.push({ id: existing.id, version: existing.version, before, after });
      findings.change('action', fields.length ? 'update' : 'unchanged', label, action.rows, fields);
    } else {
      const parent = objectiveId ?? themeId;
      const sortOrder = (actionSort.get(parent) ?? 0) + 1;
      actionSort.set(parent, sortOrder);
      planned.actionInserts.push({
        id: actionId,
        themeId,
        objectiveId,
        ref: action.ref,
        title: action.title,
        leadOrganisationId: leadOrganisationId ?? null,
        leadPersonId: leadPersonId ?? null,
        deliveryGroupId: deliveryGroupId ?? null,
        startsOn: action.startDate,
        originalDueOn: action.dueDate,
        currentDueOn: action.dueDate,
        lifecycleStatus: status ?? LifecycleStatus.NotStarted,
        sortOrder,
      });
      planned.supportingInserts.push(...(supportingIds ?? []).map((organisationId) => ({ actionId, organisationId })));
      findings.change('action', 'create', label, action.rows);
    }

    planProgressUpdates(
      { id: actionId, label, existingId: existing?.id ?? null },
      entries,
      updateByKey,
      findings,
      planned.progress,
    );
  }
  return planned;
}
