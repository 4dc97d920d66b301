import type { CamelRow, DomainRow, VersionedTables } from '@waymark/api/database';
import { EntityManager } from 'typeorm';
import { OrganisationRef } from './tree.views';

/** Anything that can run SQL: the DataSource or a transaction's manager. */
export type Queryable = Pick<EntityManager, 'query'>;

type Table<K extends keyof VersionedTables> = CamelRow<DomainRow<VersionedTables[K]>>;

/** A strategy as STRATEGY_COLUMNS selects it: its row, the names it refers to and the partnership's RAG definitions. */
export type StrategyRow = Pick<
  Table<'strategy'>,
  | 'id'
  | 'partnershipId'
  | 'parentStrategyId'
  | 'title'
  | 'shortTitle'
  | 'startsOn'
  | 'endsOn'
  | 'description'
  | 'vision'
  | 'principles'
  | 'accountableGroupId'
  | 'reportingCadence'
  | 'themeLabel'
  | 'objectiveLabel'
  | 'actionLabel'
  | 'hasObjectiveLevel'
  | 'ragDefinitions'
  | 'sortOrder'
  | 'version'
  | 'archivedAt'
> & {
  readonly parentStrategyTitle: Table<'strategy'>['title'] | null;
  readonly accountableGroupName: Table<'partnership_group'>['name'] | null;
  readonly partnershipRagDefinitions: Table<'partnership'>['ragDefinitions'];
};

export type ThemeRow = Pick<Table<'theme'>, 'id' | 'strategyId' | 'title' | 'description' | 'sortOrder' | 'version'>;
export type ObjectiveRow = Pick<
  Table<'objective'>,
  'id' | 'strategyId' | 'themeId' | 'title' | 'sortOrder' | 'version'
>;

/** An action as ACTION_COLUMNS selects it, with the names of its lead, group and supporting organisations. */
export type ActionRow = Pick<
  Table<'action'>,
  | 'id'
  | 'strategyId'
  | 'themeId'
  | 'objectiveId'
  | 'ref'
  | 'title'
  | 'description'
  | 'leadOrganisationId'
  | 'leadPersonId'
  | 'deliveryGroupId'
  | 'startsOn'
  | 'originalDueOn'
  | 'currentDueOn'
  | 'rescheduleCount'
  | 'lifecycleStatus'
  | 'sortOrder'
  | 'version'
> & {
  readonly leadOrganisationName: Table<'organisation'>['name'] | null;
  readonly leadPersonName: Table<'person'>['fullName'] | null;
  readonly deliveryGroupName: Table<'partnership_group'>['name'] | null;
  readonly supportingOrganisations: OrganisationRef[];
};

/** Column list for strategy rows (alias `s`) with the partnership's RAG definitions and the names they refer to. */
export const STRATEGY_COLUMNS = `s.id, s.partnership_id AS "partnershipId", s.parent_strategy_id AS "parentStrategyId", ps.title AS "parentStrategyTitle",
            s.title, s.short_title AS "shortTitle", s.starts_on AS "startsOn", s.ends_on AS "endsOn", s.description, s.vision, s.principles,
            s.accountable_group_id AS "accountableGroupId", g.name AS "accountableGroupName", s.reporting_cadence AS "reportingCadence",
            s.theme_label AS "themeLabel", s.objective_label AS "objectiveLabel", s.action_label AS "actionLabel",
            s.has_objective_level AS "hasObjectiveLevel", s.rag_definitions AS "ragDefinitions",
            p.rag_definitions AS "partnershipRagDefinitions", s.sort_order AS "sortOrder", s.version, s.archived_at AS "archivedAt"`;

export const STRATEGY_JOINS = `JOIN partnership p ON p.id = s.partnership_id
     LEFT JOIN partnership_group g ON g.id = s.accountable_group_id
     LEFT JOIN strategy ps ON ps.id = s.parent_strategy_id`;

/** Column list for action rows with the names of their lead organisation, person, group and supporters. */
export const ACTION_COLUMNS = `a.id, a.strategy_id AS "strategyId", a.theme_id AS "themeId", a.objective_id AS "objectiveId", a.ref, a.title, a.description,
  a.lead_organisation_id AS "leadOrganisationId", lo.name AS "leadOrganisationName",
  a.lead_person_id AS "leadPersonId", lp.full_name AS "leadPersonName",
  a.delivery_group_id AS "deliveryGroupId", dg.name AS "deliveryGroupName",
  coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'shortName', o.short_name) ORDER BY o.sort_order, o.name)
            FROM action_supporting_organisation aso JOIN organisation o ON o.id = aso.organisation_id
            WHERE aso.action_id = a.id), '[]'::json) AS "supportingOrganisations",
  a.starts_on AS "startsOn", a.original_due_on AS "originalDueOn", a.current_due_on AS "currentDueOn",
  a.reschedule_count AS "rescheduleCount", a.lifecycle_status AS "lifecycleStatus", a.sort_order AS "sortOrder", a.version`;

export const ACTION_JOINS = `LEFT JOIN organisation lo ON lo.id = a.lead_organisation_id
  LEFT JOIN person lp ON lp.id = a.lead_person_id
  LEFT JOIN partnership_group dg ON dg.id = a.delivery_group_id`;
