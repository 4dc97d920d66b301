import { givePeoplePasswords } from '@waymark/api/identity/data-access';
import type { EntityManager } from 'typeorm';
import { bulkInsert, col, BulkColumn } from './bulk-insert';

export type Rag = 'red' | 'amber' | 'green';
export type Lifecycle = 'not_started' | 'in_progress' | 'ongoing' | 'complete' | 'deferred' | 'cancelled';
export type ReviewState = 'draft' | 'submitted' | 'accepted' | 'returned';
export type PeriodState = 'open' | 'in_review' | 'signed_off';
export type GroupKind = 'board' | 'senior_officer_group' | 'delivery_group' | 'task_and_finish_group' | 'other';

export interface PartnershipRow {
  id: string;
  name: string;
  shortName: string | null;
  ragDefinitions: Record<string, string>;
}
export interface OrganisationRow {
  id: string;
  partnershipId: string;
  name: string;
  shortName: string | null;
  sortOrder: number;
}
export interface PersonRow {
  id: string;
  partnershipId: string;
  fullName: string;
  email: string;
  jobTitle: string | null;
  organisationId: string | null;
  isAdministrator: boolean;
}
export interface GroupRow {
  id: string;
  partnershipId: string;
  name: string;
  kind: GroupKind;
  description: string | null;
  sortOrder: number;
}
export interface MembershipRow {
  groupId: string;
  personId: string;
  isChair: boolean;
}
export interface StrategyRow {
  id: string;
  partnershipId: string;
  parentStrategyId: string | null;
  title: string;
  shortTitle: string | null;
  startsOn: string;
  endsOn: string;
  description: string | null;
  vision: string | null;
  principles: string[];
  accountableGroupId: string | null;
  reportingCadence: 'monthly' | 'quarterly' | 'half_yearly' | 'annual';
  themeLabel: string;
  objectiveLabel: string;
  actionLabel: string;
  hasObjectiveLevel: boolean;
  ragDefinitions: Record<string, string>;
  sortOrder: number;
}
export interface ThemeRow {
  id: string;
  strategyId: string;
  title: string;
  description: string | null;
  sortOrder: number;
}
export interface ObjectiveRow {
  id: string;
  strategyId: string;
  themeId: string;
  title: string;
  sortOrder: number;
}
export interface ActionRow {
  id: string;
  strategyId: string;
  themeId: string;
  objectiveId: string | null;
  ref: string | null;
  title: string;
  description: string | null;
  leadOrganisationId: string | null;
  leadPersonId: string | null;
  deliveryGroupId: string | null;
  startsOn: string | null;
  originalDueOn: string | null;
  currentDueOn: string | null;
  rescheduleCount: number;
  lifecycleStatus: Lifecycle;
  sortOrder: number;
}
export interface SupportingOrganisationRow {
  actionId: string;
  organisationId: string;
}
export interface PeriodRow {
  id: string;
  strategyId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  updateDeadline: string;
  state: PeriodState;
  signedOffAt: string | null;
  signedOffById: string | null;
}
export interface UpdateRow {
  id: string;
  actionId: string;
  periodId: string;
  narrative: string;
  proposedRag: Rag | null;
  percentComplete: number | null;
  lifecycleStatus: Lifecycle | null;
  reviewState: ReviewState;
  reviewComment: string | null;
  validatedRag: Rag | null;
  validationReason: string | null;
  reviewedById: string | null;
  reviewedAt: string | null;
  submittedAt: string | null;
  authorId: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface CommentaryRow {
  id: string;
  themeId: string;
  periodId: string;
  body: string;
  sortOrder: number;
  authorId: string | null;
}
export interface IndicatorRow {
  id: string;
  strategyId: string;
  objectiveId: string | null;
  name: string;
  unit: string;
  direction: 'higher_is_better' | 'lower_is_better';
  baseline: number | null;
  target: number | null;
  sortOrder: number;
}
export interface IndicatorValueRow {
  id: string;
  indicatorId: string;
  periodId: string;
  value: number;
  note: string | null;
}
export interface CredentialRow {
  personId: string;
  passwordHash: string;
}

/** Every row of a demo or benchmark data set, ready to be written in FK order. */
export interface DataSet {
  partnerships: PartnershipRow[];
  organisations: OrganisationRow[];
  people: PersonRow[];
  groups: GroupRow[];
  memberships: MembershipRow[];
  strategies: StrategyRow[];
  themes: ThemeRow[];
  objectives: ObjectiveRow[];
  actions: ActionRow[];
  supportingOrganisations: SupportingOrganisationRow[];
  periods: PeriodRow[];
  updates: UpdateRow[];
  commentary: CommentaryRow[];
  indicators: IndicatorRow[];
  indicatorValues: IndicatorValueRow[];
  credentials: CredentialRow[];
}

export function emptyDataSet(): DataSet {
  return {
    partnerships: [],
    organisations: [],
    people: [],
    groups: [],
    memberships: [],
    strategies: [],
    themes: [],
    objectives: [],
    actions: [],
    supportingOrganisations: [],
    periods: [],
    updates: [],
    commentary: [],
    indicators: [],
    indicatorValues: [],
    credentials: [],
  };
}

const json = <R>(key: keyof R & string, name: string): BulkColumn<R> => ({
  name,
  type: 'jsonb',
  value: (row) => JSON.stringify(row[key]),
});

/**
 * Writes a data set with one multi-row INSERT per table and 5,000 rows (plus the audit trail), in the
 * caller's transaction. Statement count is fixed whatever the size of the data set.
 */
export async function writeDataSet(
  manager: EntityManager,
  set: DataSet,
  auditOperation: 'import' | 'create' = 'import',
): Promise<void> {
  await bulkInsert<PartnershipRow>(
    manager,
    'partnership',
    [col('id', 'uuid'), col('name', 'text'), col('shortName', 'text'), json('ragDefinitions', 'rag_definitions')],
    set.partnerships,
  );
  await bulkInsert<OrganisationRow>(
    manager,
    'organisation',
    [
      col('id', 'uuid'),
      col('partnershipId', 'uuid'),
      col('name', 'text'),
      col('shortName', 'text'),
      col('sortOrder', 'integer'),
    ],
    set.organisations,
  );
  await bulkInsert<PersonRow>(
    manager,
    'person',
    [
      col('id', 'uuid'),
      col('partnershipId', 'uuid'),
      col('fullName', 'text'),
      col('email', 'citext'),
      col('jobTitle', 'text'),
      col('organisationId', 'uuid'),
      col('isAdministrator', 'boolean'),
    ],
    set.people,
  );
  await bulkInsert<GroupRow>(
    manager,
    'partnership_group',
    [
      col('id', 'uuid'),
      col('partnershipId', 'uuid'),
      col('name', 'text'),
      col('kind', 'group_kind'),
      col('description', 'text'),
      col('sortOrder', 'integer'),
    ],
    set.groups,
  );
  await bulkInsert<MembershipRow>(
    manager,
    'group_membership',
    [col('groupId', 'uuid'), col('personId', 'uuid'), col('isChair', 'boolean')],
    set.memberships,
  );
  // Parents before children: an annual plan references its parent strategy.
  const strategies = [...set.strategies].sort(
    (a, b) => Number(a.parentStrategyId !== null) - Number(b.parentStrategyId !== null),
  );
  await bulkInsert<StrategyRow>(
    manager,
    'strategy',
    [
      col('id', 'uuid'),
      col('partnershipId', 'uuid'),
      col('parentStrategyId', 'uuid'),
      col('title', 'text'),
      col('shortTitle', 'text'),
      col('startsOn', 'date'),
      col('endsOn', 'date'),
      col('description', 'text'),
      col('vision', 'text'),
      col('principles', 'textArray'),
      col('accountableGroupId', 'uuid'),
      col('reportingCadence', 'reporting_cadence'),
      col('themeLabel', 'text'),
      col('objectiveLabel', 'text'),
      col('actionLabel', 'text'),
      col('hasObjectiveLevel', 'boolean'),
      json('ragDefinitions', 'rag_definitions'),
      col('sortOrder', 'integer'),
    ],
    strategies,
  );
  await bulkInsert<ThemeRow>(
    manager,
    'theme',
    [
      col('id', 'uuid'),
      col('strategyId', 'uuid'),
      col('title', 'text'),
      col('description', 'text'),
      col('sortOrder', 'integer'),
    ],
    set.themes,
  );
  await bulkInsert<ObjectiveRow>(
    manager,
    'objective',
    [
      col('id', 'uuid'),
      col('strategyId', 'uuid'),
      col('themeId', 'uuid'),
      col('title', 'text'),
      col('sortOrder', 'integer'),
    ],
    set.objectives,
  );
  await bulkInsert<ActionRow>(
    manager,
    'action',
    [
      col('id', 'uuid'),
      col('strategyId', 'uuid'),
      col('themeId', 'uuid'),
      col('objectiveId', 'uuid'),
      col('ref', 'text'),
      col('title', 'text'),
      col('description', 'text'),
      col('leadOrganisationId', 'uuid'),
      col('leadPersonId', 'uuid'),
      col('deliveryGroupId', 'uuid'),
      col('startsOn', 'date'),
      col('originalDueOn', 'date'),
      col('currentDueOn', 'date'),
      col('rescheduleCount', 'integer'),
      col('lifecycleStatus', 'lifecycle_status'),
      col('sortOrder', 'integer'),
    ],
    set.actions,
  );
  await bulkInsert<SupportingOrganisationRow>(
    manager,
    'action_supporting_organisation',
    [col('actionId', 'uuid'), col('organisationId', 'uuid')],
    set.supportingOrganisations,
  );
  await bulkInsert<PeriodRow>(
    manager,
    'reporting_period',
    [
      col('id', 'uuid'),
      col('strategyId', 'uuid'),
      col('name', 'text'),
      col('startsOn', 'date'),
      col('endsOn', 'date'),
      col('updateDeadline', 'date'),
      col('state', 'period_state'),
      col('signedOffAt', 'timestamptz'),
      col('signedOffById', 'uuid'),
    ],
    set.periods,
  );
  await bulkInsert<UpdateRow>(
    manager,
    'progress_update',
    [
      col('id', 'uuid'),
      col('actionId', 'uuid'),
      col('periodId', 'uuid'),
      col('narrative', 'text'),
      col('proposedRag', 'rag'),
      col('percentComplete', 'smallint'),
      col('lifecycleStatus', 'lifecycle_status'),
      col('reviewState', 'review_state'),
      col('reviewComment', 'text'),
      col('validatedRag', 'rag'),
      col('validationReason', 'text'),
      col('reviewedById', 'uuid'),
      col('reviewedAt', 'timestamptz'),
      col('submittedAt', 'timestamptz'),
      col('authorId', 'uuid'),
      col('createdAt', 'timestamptz'),
      col('updatedAt', 'timestamptz'),
    ],
    set.updates,
  );
  await bulkInsert<CommentaryRow>(
    manager,
    'theme_commentary',
    [
      col('id', 'uuid'),
      col('themeId', 'uuid'),
      col('periodId', 'uuid'),
      col('body', 'text'),
      col('sortOrder', 'integer'),
      col('authorId', 'uuid'),
    ],
    set.commentary,
  );
  await bulkInsert<IndicatorRow>(
    manager,
    'indicator',
    [
      col('id', 'uuid'),
      col('strategyId', 'uuid'),
      col('objectiveId', 'uuid'),
      col('name', 'text'),
      col('unit', 'text'),
      col('direction', 'indicator_direction'),
      col('baseline', 'numeric'),
      col('target', 'numeric'),
      col('sortOrder', 'integer'),
    ],
    set.indicators,
  );
  await bulkInsert<IndicatorValueRow>(
    manager,
    'indicator_value',
    [
      col('id', 'uuid'),
      col('indicatorId', 'uuid'),
      col('periodId', 'uuid'),
      col('value', 'numeric'),
      col('note', 'text'),
    ],
    set.indicatorValues,
  );
  await givePeoplePasswords(manager, set.credentials);
  await writeCreationAudit(manager, set, auditOperation);
}

interface AuditRow {
  partnershipId: string;
  entityType: string;
  entityId: string;
  operation: string;
}

/** One audit row per created record (actor null: the system loaded it), in a single INSERT. */
async function writeCreationAudit(manager: EntityManager, set: DataSet, operation: string): Promise<void> {
  const partnershipOf = new Map<string, string>();
  for (const s of set.strategies) partnershipOf.set(s.id, s.partnershipId);
  const themeStrategy = new Map(set.themes.map((t) => [t.id, t.strategyId]));
  const actionStrategy = new Map(set.actions.map((a) => [a.id, a.strategyId]));
  const indicatorStrategy = new Map(set.indicators.map((i) => [i.id, i.strategyId]));
  const viaStrategy = (strategyId: string | undefined) => (strategyId ? (partnershipOf.get(strategyId) ?? '') : '');
  const rows: AuditRow[] = [];
  const add = (entityType: string, entityId: string, partnershipId: string) =>
    rows.push({ partnershipId, entityType, entityId, operation });
  for (const r of set.partnerships) add('partnership', r.id, r.id);
  for (const r of set.organisations) add('organisation', r.id, r.partnershipId);
  for (const r of set.people) add('person', r.id, r.partnershipId);
  for (const r of set.groups) add('group', r.id, r.partnershipId);
  for (const r of set.strategies) add('strategy', r.id, r.partnershipId);
  for (const r of set.themes) add('theme', r.id, viaStrategy(r.strategyId));
  for (const r of set.objectives) add('objective', r.id, viaStrategy(r.strategyId));
  for (const r of set.actions) add('action', r.id, viaStrategy(r.strategyId));
  for (const r of set.periods) add('reporting_period', r.id, viaStrategy(r.strategyId));
  for (const r of set.updates) add('progress_update', r.id, viaStrategy(actionStrategy.get(r.actionId)));
  for (const r of set.commentary) add('theme_commentary', r.id, viaStrategy(themeStrategy.get(r.themeId)));
  for (const r of set.indicators) add('indicator', r.id, viaStrategy(r.strategyId));
  for (const r of set.indicatorValues) add('indicator_value', r.id, viaStrategy(indicatorStrategy.get(r.indicatorId)));
  await bulkInsert<AuditRow>(
    manager,
    'audit_entry',
    [
      { name: 'partnership_id', type: 'uuid', value: (r) => r.partnershipId || null },
      col('entityType', 'text'),
      col('entityId', 'uuid'),
      col('operation', 'text'),
    ],
    rows,
  );
}
