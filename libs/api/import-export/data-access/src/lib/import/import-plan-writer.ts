import { EntityManager } from 'typeorm';
import { AuditRecord, auditInsert, diffFields } from '@waymark/api/audit/data-access';
import { conflict } from '@waymark/api/shared/util';
import { insertRows, type PlannedStatement, updateRowsWithVersion } from '../sql';
import { ImportPlan, PlanningRequest } from './import.types';

/** A record's fields as the audit trail compares them. */
type AuditFields = Parameters<typeof diffFields>[1];

/**
 * Every statement that makes a checked plan's inserts and versioned updates, with their audit rows (one INSERT for
 * all of them, last). Pure: the import worker builds them, the API thread runs them (runPlannedWrites).
 */
export function plannedWrites(request: PlanningRequest, plan: Omit<ImportPlan, 'preview'>): PlannedStatement[] {
  const statements: PlannedStatement[] = [];
  const audit: AuditRecord[] = [];
  const reason = `Imported from ${request.fileName}`;
  const base = { actorId: request.actorId, partnershipId: request.partnershipId, reason };
  const created = (entityType: string, entityId: string, after: AuditFields) =>
    audit.push({ ...base, entityType, entityId, operation: 'create', changes: diffFields(null, after) });
  const { strategy, inserts } = plan;

  if (strategy.isNew) {
    statements.push(
      ...insertRows(
        'strategy',
        [
          { name: 'id', type: 'uuid' },
          { name: 'partnership_id', type: 'uuid' },
          { name: 'title', type: 'text' },
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date' },
          { name: 'has_objective_level', type: 'boolean' },
          { name: 'accountable_group_id', type: 'uuid' },
        ],
        [
          [
            strategy.id,
            request.partnershipId,
            strategy.title,
            strategy.startsOn,
            strategy.endsOn,
            strategy.hasObjectiveLevel,
            strategy.accountableGroup?.id ?? null,
          ],
        ],
      ),
    );
    created('strategy', strategy.id, {
      title: strategy.title,
      startsOn: strategy.startsOn,
      endsOn: strategy.endsOn,
      hasObjectiveLevel: strategy.hasObjectiveLevel,
      accountableGroupId: strategy.accountableGroup?.id ?? null,
    });
  }
  statements.push(
    ...insertRows(
      'organisation',
      [
        { name: 'id', type: 'uuid' },
        { name: 'partnership_id', type: 'uuid' },
        { name: 'name', type: 'text' },
        { name: 'sort_order', type: 'int' },
      ],
      inserts.organisations.map((o) => [o.id, request.partnershipId, o.name, o.sortOrder]),
    ),
  );
  inserts.organisations.forEach((o) => created('organisation', o.id, { name: o.name }));
  statements.push(
    ...insertRows(
      'partnership_group',
      [
        { name: 'id', type: 'uuid' },
        { name: 'partnership_id', type: 'uuid' },
        { name: 'name', type: 'text' },
        { name: 'kind', type: 'group_kind' },
        { name: 'sort_order', type: 'int' },
      ],
      inserts.groups.map((g) => [g.id, request.partnershipId, g.name, 'delivery_group', g.sortOrder]),
    ),
  );
  inserts.groups.forEach((g) => created('partnership_group', g.id, { name: g.name, kind: 'delivery_group' }));
  statements.push(
    ...insertRows(
      'person',
      [
        { name: 'id', type: 'uuid' },
        { name: 'partnership_id', type: 'uuid' },
        { name: 'full_name', type: 'text' },
        { name: 'email', type: 'citext' },
      ],
      inserts.people.map((p) => [p.id, request.partnershipId, p.fullName, p.email]),
    ),
  );
  inserts.people.forEach((p) => created('person', p.id, { fullName: p.fullName, email: p.email }));
  statements.push(
    ...insertRows(
      'reporting_period',
      [
        { name: 'id', type: 'uuid' },
        { name: 'strategy_id', type: 'uuid' },
        { name: 'name', type: 'text' },
        { name: 'starts_on', type: 'date' },
        { name: 'ends_on', type: 'date' },
        { name: 'update_deadline', type: 'date' },
      ],
      inserts.periods.map((p) => [p.id, strategy.id, p.name, p.startsOn, p.endsOn, p.updateDeadline]),
    ),
  );
  inserts.periods.forEach((p) =>
    created('reporting_period', p.id, {
      name: p.name,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      updateDeadline: p.updateDeadline,
    }),
  );
  statements.push(
    ...insertRows(
      'theme',
      [
        { name: 'id', type: 'uuid' },
        { name: 'strategy_id', type: 'uuid' },
        { name: 'title', type: 'text' },
        { name: 'sort_order', type: 'int' },
      ],
      inserts.themes.map((t) => [t.id, strategy.id, t.title, t.sortOrder]),
    ),
  );
  inserts.themes.forEach((t) => created('theme', t.id, { title: t.title, sortOrder: t.sortOrder }));
  statements.push(
    ...insertRows(
      'objective',
      [
        { name: 'id', type: 'uuid' },
        { name: 'strategy_id', type: 'uuid' },
        { name: 'theme_id', type: 'uuid' },
        { name: 'title', type: 'text' },
        { name: 'sort_order', type: 'int' },
      ],
      inserts.objectives.map((o) => [o.id, strategy.id, o.themeId, o.title, o.sortOrder]),
    ),
  );
  inserts.objectives.forEach((o) =>
    created('objective', o.id, { themeId: o.themeId, title: o.title, sortOrder: o.sortOrder }),
  );

  statements.push(
    ...updateRowsWithVersion(
      'Theme',
      'theme',
      [{ name: 'title', type: 'text' }],
      plan.themeUpdates.map((u) => ({ id: u.id, version: u.version, values: [u.after.title] })),
    ),
  );
  plan.themeUpdates.forEach((u) =>
    audit.push({
      ...base,
      entityType: 'theme',
      entityId: u.id,
      operation: 'update',
      changes: diffFields(u.before, u.after),
    }),
  );

  const actionColumns = [
    { name: 'id', type: 'uuid' },
    { name: 'strategy_id', type: 'uuid' },
    { name: 'theme_id', type: 'uuid' },
    { name: 'objective_id', type: 'uuid' },
    { name: 'ref', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'lead_organisation_id', type: 'uuid' },
    { name: 'lead_person_id', type: 'uuid' },
    { name: 'delivery_group_id', type: 'uuid' },
    { name: 'starts_on', type: 'date' },
    { name: 'original_due_on', type: 'date' },
    { name: 'current_due_on', type: 'date' },
    { name: 'lifecycle_status', type: 'lifecycle_status' },
    { name: 'sort_order', type: 'int' },
  ];
  statements.push(
    ...insertRows(
      'action',
      actionColumns,
      inserts.actions.map((a) => [
        a.id,
        strategy.id,
        a.themeId,
        a.objectiveId,
        a.ref,
        a.title,
        a.leadOrganisationId,
        a.leadPersonId,
        a.deliveryGroupId,
        a.startsOn,
        a.originalDueOn,
        a.currentDueOn,
        a.lifecycleStatus,
        a.sortOrder,
      ]),
    ),
  );
  const supportingOf = new Map<string, string[]>();
  for (const s of inserts.supporting)
    supportingOf.set(s.actionId, [...(supportingOf.get(s.actionId) ?? []), s.organisationId]);
  inserts.actions.forEach((a) => {
    const { id, ...fields } = a;
    const supportingOrganisationIds = supportingOf.get(id) ?? [];
    created('action', id, supportingOrganisationIds.length ? { ...fields, supportingOrganisationIds } : fields);
  });

  const updatableAction = [
    { name: 'title', type: 'text' },
    { name: 'theme_id', type: 'uuid' },
    { name: 'objective_id', type: 'uuid' },
    { name: 'lead_organisation_id', type: 'uuid' },
    { name: 'lead_person_id', type: 'uuid' },
    { name: 'delivery_group_id', type: 'uuid' },
    { name: 'starts_on', type: 'date' },
    { name: 'original_due_on', type: 'date' },
    { name: 'current_due_on', type: 'date' },
    { name: 'reschedule_count', type: 'int' },
    { name: 'lifecycle_status', type: 'lifecycle_status' },
  ];
  statements.push(
    ...updateRowsWithVersion(
      'Action',
      'action',
      updatableAction,
      plan.actionUpdates.map((u) => ({
        id: u.id,
        version: u.version,
        values: (
          [
            'title',
            'themeId',
            'objectiveId',
            'leadOrganisationId',
            'leadPersonId',
            'deliveryGroupId',
            'startsOn',
            'originalDueOn',
            'currentDueOn',
            'rescheduleCount',
            'lifecycleStatus',
          ] as const
        ).map((k) => u.after[k]),
      })),
    ),
  );
  plan.actionUpdates.forEach((u) =>
    audit.push({
      ...base,
      entityType: 'action',
      entityId: u.id,
      operation: 'update',
      changes: diffFields(u.before, u.after),
    }),
  );

  if (plan.supportingDeletes.length) {
    statements.push({
      sql: `DELETE FROM action_supporting_organisation s USING json_to_recordset($1::json) AS d(action_id uuid, organisation_id uuid)
       WHERE s.action_id = d.action_id AND s.organisation_id = d.organisation_id`,
      params: [
        JSON.stringify(
          plan.supportingDeletes.map((d) => ({ action_id: d.actionId, organisation_id: d.organisationId })),
        ),
      ],
    });
  }
  statements.push(
    ...insertRows(
      'action_supporting_organisation',
      [
        { name: 'action_id', type: 'uuid' },
        { name: 'organisation_id', type: 'uuid' },
      ],
      inserts.supporting.map((s) => [s.actionId, s.organisationId]),
    ),
  );
  const newActionIds = new Set(inserts.actions.map((a) => a.id));
  const supportingChanged = new Set(
    [...plan.supportingDeletes, ...inserts.supporting].map((s) => s.actionId).filter((id) => !newActionIds.has(id)),
  );
  for (const actionId of supportingChanged) {
    audit.push({
      ...base,
      entityType: 'action',
      entityId: actionId,
      operation: 'update',
      changes: {
        supportingOrganisationIds: {
          before: plan.supportingDeletes.filter((d) => d.actionId === actionId).map((d) => d.organisationId),
          after: inserts.supporting.filter((s) => s.actionId === actionId).map((s) => s.organisationId),
        },
      },
    });
  }

  statements.push(
    ...insertRows(
      'progress_update',
      [
        { name: 'id', type: 'uuid' },
        { name: 'action_id', type: 'uuid' },
        { name: 'period_id', type: 'uuid' },
        { name: 'narrative', type: 'text' },
        { name: 'proposed_rag', type: 'rag' },
        { name: 'lifecycle_status', type: 'lifecycle_status' },
        { name: 'review_state', type: 'review_state' },
      ],
      inserts.updates.map((u) => [
        u.id,
        u.actionId,
        u.periodId,
        u.narrative,
        u.proposedRag,
        u.lifecycleStatus,
        u.reviewState,
      ]),
    ),
  );
  inserts.updates.forEach((u) => {
    const { id, ...fields } = u;
    created('progress_update', id, fields);
  });
  statements.push(
    ...updateRowsWithVersion(
      'Progress update',
      'progress_update',
      [
        { name: 'narrative', type: 'text' },
        { name: 'proposed_rag', type: 'rag' },
        { name: 'validated_rag', type: 'rag' },
        { name: 'validation_reason', type: 'text' },
        { name: 'lifecycle_status', type: 'lifecycle_status' },
        { name: 'review_state', type: 'review_state' },
      ],
      plan.updateUpdates.map((u) => ({
        id: u.id,
        version: u.version,
        values: (
          ['narrative', 'proposedRag', 'validatedRag', 'validationReason', 'lifecycleStatus', 'reviewState'] as const
        ).map((k) => u.after[k]),
      })),
    ),
  );
  plan.updateUpdates.forEach((u) =>
    audit.push({
      ...base,
      entityType: 'progress_update',
      entityId: u.id,
      operation: 'update',
      changes: diffFields(u.before, u.after),
    }),
  );

  if (audit.length) statements.push(auditInsert(audit));
  return statements;
}

/**
 * Runs an import's planned statements in order, inside its transaction; a versioned UPDATE that missed a row (someone
 * changed the record since planning) is answered CONFLICT naming it, and the transaction rolls back.
 */
export async function runPlannedWrites(manager: EntityManager, statements: readonly PlannedStatement[]): Promise<void> {
  for (const statement of statements) {
    const result: unknown = await manager.query(statement.sql, [...statement.params]);
    if (statement.versioned) {
      const records = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as { id: string }[];
      assertAllUpdated(
        statement.versioned.entity,
        statement.versioned.wanted,
        records.map((r) => r.id),
      );
    }
  }
}

function assertAllUpdated(
  entity: string,
  wanted: readonly { id: string; version: number }[],
  done: readonly string[],
): void {
  if (done.length === wanted.length) return;
  const doneSet = new Set(done);
  const missed = wanted.find((w) => !doneSet.has(w.id));
  if (missed) throw conflict(entity, missed.id, missed.version, null);
}
