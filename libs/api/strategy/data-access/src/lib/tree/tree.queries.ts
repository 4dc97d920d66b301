import { LifecycleStatus, ReportingCadence } from '@waymark/shared/domain';
import { EntityManager } from 'typeorm';
import { OrganisationRef } from './tree.views';

/** Anything that can run SQL: the DataSource or a transaction's manager. */
export type Queryable = Pick<EntityManager, 'query'>;

export interface StrategyRow {
  id: string;
  partnershipId: string;
  parentStrategyId: string | null;
  parentStrategyTitle: string | null;
  title: string;
  shortTitle: string | null;
  startsOn: string;
  endsOn: string;
  description: string | null;
  vision: string | null;
  principles: string[];
  accountableGroupId: string | null;
  accountableGroupName: string | null;
  reportingCadence: ReportingCadence;
  themeLabel: string;
  objectiveLabel: string;
  actionLabel: string;
  hasObjectiveLevel: boolean;
  ragDefinitions: Record<string, unknown>;
  partnershipRagDefinitions: Record<string, unknown>;
  sortOrder: number;
  version: number;
  archivedAt: Date | null;
}

export interface ThemeRow {
  id: string;
  strategyId: string;
  title: string;
  description: string | null;
  sortOrder: number;
  version: number;
}
export interface ObjectiveRow {
  id: string;
  strategyId: string;
  themeId: string;
  title: string;
  sortOrder: number;
  version: number;
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
  leadOrganisationName: string | null;
  leadPersonId: string | null;
  leadPersonName: string | null;
  deliveryGroupId: string | null;
  deliveryGroupName: string | null;
  supportingOrganisations: OrganisationRef[];
  startsOn: string | null;
  originalDueOn: string | null;
  currentDueOn: string | null;
  rescheduleCount: number;
  lifecycleStatus: LifecycleStatus;
  sortOrder: number;
  version: number;
}

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
