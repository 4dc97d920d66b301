import { EntityManager, DataSource } from 'typeorm';
import { notFound } from '@waymark/api/shared/util';
import {
  compareOrdered,
  LIFECYCLE_LABEL,
  LifecycleStatus,
  Rag,
  RAG_LABEL,
  REVIEW_STATE_LABEL,
  ReviewState,
} from '@waymark/shared/domain';
import {
  exampleTemplateRow,
  formatPersonReference,
  PLAN_COLUMNS,
  TEMPLATE_HEADERS,
  TemplateRow,
  toTemplateCells,
} from '@waymark/shared/plan-template';
import { SpreadsheetFormat, writeCsv, writeXlsx } from './spreadsheet-io';
import {
  queryRows,
  type ActionRow,
  type ActionSupportingOrganisationRow,
  type ObjectiveRow,
  type OrganisationRow,
  type PartnershipGroupRow,
  type PersonRow,
  type ProgressUpdateRow,
  type ReportingPeriodRow,
  type StrategyRow,
  type ThemeRow,
} from '@waymark/api/database';

const s = (v: string | null | undefined): string => v ?? '';

/** Enum columns as the domain's enums (the same strings). */
type ActionRead = Omit<ActionRow, 'lifecycle_status'> & { lifecycle_status: LifecycleStatus };
type UpdateRead = Omit<ProgressUpdateRow, 'proposed_rag' | 'validated_rag' | 'lifecycle_status' | 'review_state'> & {
  proposed_rag: Rag | null;
  validated_rag: Rag | null;
  lifecycle_status: LifecycleStatus | null;
  review_state: ReviewState;
};

export interface ExportedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
}

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const WIDTHS: Partial<Record<string, number>> = {
  Theme: 36,
  Objective: 36,
  Action: 50,
  Progress: 60,
  'Lead officer': 30,
  'Supporting organisations': 30,
};

async function sheetFile(
  format: SpreadsheetFormat,
  baseName: string,
  rows: string[][],
  withGuidance: boolean,
): Promise<ExportedFile> {
  const content =
    format === 'xlsx'
      ? await writeXlsx({
          sheetName: 'Plan',
          headers: TEMPLATE_HEADERS,
          rows,
          columnWidths: TEMPLATE_HEADERS.map((h) => WIDTHS[h] ?? 18),
          guidance: withGuidance
            ? PLAN_COLUMNS.map((c) => [c.header, `${c.required ? 'Required. ' : ''}${c.help}`])
            : undefined,
        })
      : writeCsv(TEMPLATE_HEADERS, rows);
  return { fileName: `${baseName}.${format}`, contentType: CONTENT_TYPES[format], content };
}

/** The blank template with one filled example row (and a guidance sheet in the workbook). */
export function planTemplate(format: SpreadsheetFormat): Promise<ExportedFile> {
  return sheetFile(format, 'waymark-plan-template', [exampleTemplateRow()], true);
}

/**
 * The strategy in template rows: one row per action per period that has an update (history), plus a
 * period-less row when the action has no update or its own status differs from its latest update's.
 * Importing the result into an empty partnership rebuilds the plan and its update history.
 */
export async function exportPlanRows(
  manager: EntityManager | DataSource,
  strategyId: string,
): Promise<{ strategy: StrategyRow; rows: string[][] }> {
  const [strategy] = await queryRows<StrategyRow>(manager, `SELECT * FROM strategy WHERE id = $1`, [strategyId]);
  if (!strategy) throw notFound('Strategy', strategyId);
  const partnershipId = strategy.partnership_id;
  // One statement after another: the manager may be a transaction's one connection.
  const themes = await queryRows<Pick<ThemeRow, 'id' | 'title' | 'sort_order'>>(
    manager,
    `SELECT id, title, sort_order FROM theme WHERE strategy_id = $1 AND archived_at IS NULL`,
    [strategyId],
  );
  const objectives = await queryRows<Pick<ObjectiveRow, 'id' | 'theme_id' | 'title' | 'sort_order'>>(
    manager,
    `SELECT id, theme_id, title, sort_order FROM objective WHERE strategy_id = $1 AND archived_at IS NULL`,
    [strategyId],
  );
  const actions = await queryRows<ActionRead>(
    manager,
    `SELECT * FROM action WHERE strategy_id = $1 AND archived_at IS NULL`,
    [strategyId],
  );
  const supporting = await queryRows<ActionSupportingOrganisationRow>(
    manager,
    `SELECT s.action_id, s.organisation_id FROM action_supporting_organisation s JOIN action a ON a.id = s.action_id WHERE a.strategy_id = $1`,
    [strategyId],
  );
  const orgs = await queryRows<Pick<OrganisationRow, 'id' | 'name' | 'sort_order'>>(
    manager,
    `SELECT id, name, sort_order FROM organisation WHERE partnership_id = $1`,
    [partnershipId],
  );
  const groups = await queryRows<Pick<PartnershipGroupRow, 'id' | 'name'>>(
    manager,
    `SELECT id, name FROM partnership_group WHERE partnership_id = $1`,
    [partnershipId],
  );
  const people = await queryRows<Pick<PersonRow, 'id' | 'full_name' | 'email'>>(
    manager,
    `SELECT id, full_name, email FROM person WHERE partnership_id = $1`,
    [partnershipId],
  );
  const periods = await queryRows<Pick<ReportingPeriodRow, 'id' | 'name' | 'starts_on'>>(
    manager,
    `SELECT id, name, starts_on FROM reporting_period WHERE strategy_id = $1 ORDER BY starts_on, name`,
    [strategyId],
  );
  const updates = await queryRows<UpdateRead>(
    manager,
    `SELECT u.* FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.strategy_id = $1 AND a.archived_at IS NULL`,
    [strategyId],
  );

  const ordered = <T extends { id: string; sort_order: number }>(items: T[]) =>
    [...items].sort((a, b) =>
      compareOrdered({ id: a.id, sortOrder: a.sort_order }, { id: b.id, sortOrder: b.sort_order }),
    );
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const orgSort = new Map(orgs.map((o) => [o.id, o.sort_order]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const personRef = new Map(
    people.map((p) => [p.id, formatPersonReference({ fullName: p.full_name, email: p.email })]),
  );
  const periodOrder = new Map(periods.map((p, i) => [p.id, i]));
  const periodName = new Map(periods.map((p) => [p.id, p.name]));
  const supportingByAction = new Map<string, string[]>();
  for (const row of supporting) {
    const list = supportingByAction.get(row.action_id) ?? [];
    list.push(row.organisation_id);
    supportingByAction.set(row.action_id, list);
  }
  const updatesByAction = new Map<string, UpdateRead[]>();
  for (const u of updates) {
    const list = updatesByAction.get(u.action_id) ?? [];
    list.push(u);
    updatesByAction.set(u.action_id, list);
  }

  const out: string[][] = [];
  ordered(themes).forEach((theme, themeIndex) => {
    const themeObjectives = ordered(objectives.filter((o) => o.theme_id === theme.id));
    const themeActions = actions.filter((a) => a.theme_id === theme.id);
    // Actions directly under the theme come first, so a blank Objective cell never repeats the objective above.
    const groupsInOrder: [(typeof objectives)[number] | null, ActionRead[]][] = [
      [null, ordered(themeActions.filter((a) => !a.objective_id))],
      ...themeObjectives.map((o): [(typeof objectives)[number], ActionRead[]] => [
        o,
        ordered(themeActions.filter((a) => a.objective_id === o.id)),
      ]),
    ];
    for (const [objective, list] of groupsInOrder) {
      for (const action of list) {
        const supportingNames = (supportingByAction.get(action.id) ?? [])
          .sort(
            (a, b) =>
              (orgSort.get(a) ?? 0) - (orgSort.get(b) ?? 0) || s(orgName.get(a)).localeCompare(s(orgName.get(b))),
          )
          .map((id) => orgName.get(id) ?? '');
        const base: TemplateRow = {
          themeNo: String(themeIndex + 1),
          theme: theme.title,
          objective: objective ? objective.title : '',
          actionRef: s(action.ref),
          action: action.title,
          leadOrganisation: orgName.get(s(action.lead_organisation_id)) ?? '',
          leadOfficer: personRef.get(s(action.lead_person_id)) ?? '',
          deliveryGroup: groupName.get(s(action.delivery_group_id)) ?? '',
          supportingOrganisations: supportingNames.join('; '),
          startDate: s(action.starts_on),
          dueDate: s(action.current_due_on),
        };
        const history = (updatesByAction.get(action.id) ?? []).sort(
          (a, b) => (periodOrder.get(a.period_id) ?? 0) - (periodOrder.get(b.period_id) ?? 0),
        );
        const latestStatus = [...history].reverse().find((u) => u.lifecycle_status)?.lifecycle_status;
        const actionStatus = action.lifecycle_status;
        if (history.length === 0 || latestStatus !== actionStatus) {
          out.push(toTemplateCells({ ...base, status: LIFECYCLE_LABEL[actionStatus] }));
        }
        for (const update of history) {
          const rag = update.validated_rag ?? update.proposed_rag;
          out.push(
            toTemplateCells({
              ...base,
              status: update.lifecycle_status ? LIFECYCLE_LABEL[update.lifecycle_status] : '',
              rag: rag ? RAG_LABEL[rag] : '',
              period: periodName.get(update.period_id) ?? '',
              progress: update.narrative,
              reviewState: REVIEW_STATE_LABEL[update.review_state],
            }),
          );
        }
      }
    }
  });
  return { strategy, rows: out };
}

export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'plan'
  );
}

/** The strategy exported to the import template (xlsx or csv). */
export async function exportPlan(
  manager: EntityManager | DataSource,
  strategyId: string,
  format: SpreadsheetFormat,
): Promise<ExportedFile> {
  const { strategy, rows } = await exportPlanRows(manager, strategyId);
  return sheetFile(format, fileSlug(strategy.title), rows, false);
}
