import {
  fromSnakeRow,
  queryRows,
  type ActionSupportingOrganisationRow,
  type OrganisationRow,
  type PartnershipGroupRow,
  type PersonRow,
  type ReportingPeriodRow,
  type SnakeRow,
} from '@waymark/api/database';
import { EntityManager } from 'typeorm';
import type { ReadSheet } from '../plan-sheet';
import {
  ExistingAction,
  ExistingObjective,
  ExistingTheme,
  ExistingUpdate,
  PlanningRequest,
  TargetStrategy,
} from './import.types';

export type ExistingPeriod = Pick<ReportingPeriodRow, 'id' | 'name' | 'starts_on' | 'ends_on' | 'state'>;
export type ExistingOrganisation = Pick<OrganisationRow, 'id' | 'name' | 'short_name' | 'sort_order' | 'archived_at'>;
export type ExistingGroup = Pick<PartnershipGroupRow, 'id' | 'name' | 'sort_order' | 'archived_at'>;
export type ExistingPerson = Pick<PersonRow, 'id' | 'partnership_id' | 'full_name' | 'email' | 'archived_at'>;

/** What the database already holds for the strategy and partnership, read with a fixed number of statements. */
export interface ExistingRecords {
  themes: ExistingTheme[];
  objectives: ExistingObjective[];
  actions: ExistingAction[];
  /** action_supporting_organisation rows (snake_case). */
  supporting: ActionSupportingOrganisationRow[];
  /** reporting_period rows (snake_case). */
  periods: ExistingPeriod[];
  updates: ExistingUpdate[];
  /** organisation rows (snake_case). */
  organisations: ExistingOrganisation[];
  /** partnership_group rows (snake_case). */
  groups: ExistingGroup[];
  /** People of the partnership, and anyone anywhere whose email the sheet names (snake_case). */
  people: ExistingPerson[];
}

/**
 * With `lock` (apply) the strategy's periods are read FOR SHARE, as progress writes lock theirs: their states hold
 * until the import commits, a sign-off (FOR UPDATE) waits for it, and an import that starts during a sign-off waits
 * and then sees the period signed off (so it refuses to write there) rather than its state before.
 */
export async function loadExistingRecords(
  manager: EntityManager,
  request: PlanningRequest,
  strategy: TargetStrategy,
  sheet: Pick<ReadSheet, 'leadOfficerEmails'>,
  lock = false,
): Promise<ExistingRecords> {
  const sid = strategy.isNew ? null : strategy.id;
  // One connection inside a transaction: run the reads one after another.
  const ofStrategy = async <T extends object>(sql: string): Promise<T[]> =>
    sid ? queryRows<T>(manager, sql, [sid]) : [];
  const themes = await ofStrategy<SnakeRow<ExistingTheme>>(
    `SELECT id, title, sort_order, version FROM theme WHERE strategy_id = $1 AND archived_at IS NULL ORDER BY sort_order, id`,
  );
  const objectives = await ofStrategy<SnakeRow<ExistingObjective>>(
    `SELECT id, theme_id, title, sort_order, version FROM objective WHERE strategy_id = $1 AND archived_at IS NULL ORDER BY sort_order, id`,
  );
  const actions = await ofStrategy<SnakeRow<ExistingAction>>(
    `SELECT * FROM action WHERE strategy_id = $1 ORDER BY sort_order, id`,
  );
  const supporting = await ofStrategy<ActionSupportingOrganisationRow>(
    `SELECT s.action_id, s.organisation_id FROM action_supporting_organisation s JOIN action a ON a.id = s.action_id WHERE a.strategy_id = $1`,
  );
  const periods = await ofStrategy<ExistingPeriod>(
    `SELECT id, name, starts_on, ends_on, state FROM reporting_period WHERE strategy_id = $1 ${lock ? 'ORDER BY id FOR SHARE' : ''}`,
  );
  const updates = await ofStrategy<SnakeRow<ExistingUpdate>>(
    `SELECT u.* FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.strategy_id = $1`,
  );
  const organisations = await queryRows<ExistingOrganisation>(
    manager,
    `SELECT id, name, short_name, sort_order, archived_at FROM organisation WHERE partnership_id = $1`,
    [request.partnershipId],
  );
  const groups = await queryRows<ExistingGroup>(
    manager,
    `SELECT id, name, sort_order, archived_at FROM partnership_group WHERE partnership_id = $1`,
    [request.partnershipId],
  );
  const people = await queryRows<ExistingPerson>(
    manager,
    `SELECT id, partnership_id, full_name, email, archived_at FROM person WHERE partnership_id = $1 OR lower(email::text) = ANY($2::text[])`,
    [request.partnershipId, sheet.leadOfficerEmails],
  );
  return {
    themes: themes.map((row) => fromSnakeRow<ExistingTheme>(row)),
    objectives: objectives.map((row) => fromSnakeRow<ExistingObjective>(row)),
    actions: actions.map((row) => fromSnakeRow<ExistingAction>(row)),
    supporting,
    periods,
    updates: updates.map((row) => fromSnakeRow<ExistingUpdate>(row)),
    organisations,
    groups,
    people,
  };
}
