import { create } from 'xmlbuilder2';
import {
  compareOrdered,
  effectiveRag,
  LIFECYCLE_LABEL,
  LifecycleStatus,
  Rag,
  RAG_LABEL,
  toLowerRoman,
} from '@waymark/shared/domain';

/** ISO 17469-2 (StratML Part 2) namespace for PerformancePlanOrReport documents. */
export const STRATML_PART2_NAMESPACE = 'urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport';

/** Text as XML 1.0 can carry it: control characters (other than tab and line ends) make the document ill-formed. */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these control characters are what the pattern removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const s = (v: string | null | undefined): string => (v === null || v === undefined ? '' : v.replace(XML_INVALID, ''));
/** StratML Identifiers are xsd:ID (NCName): a UUID may start with a digit, so it gets a "_" prefix. */
export const xmlId = (id: string, suffix = '') => `_${id}${suffix}`;

/*
 * The columns a StratML report reads, snake_case as selected. This lib (type:util) cannot import the API's generated
 * rows: the loader (stratml.ts in import-export data-access) reads them typed from those rows, and passing them here
 * checks they still fit these shapes.
 */
export interface StratmlStrategy {
  readonly id: string;
  readonly partnership_id: string;
  readonly partnership_name: string;
  readonly partnership_short_name: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly vision: string | null;
  readonly starts_on: string;
  readonly ends_on: string;
}
export interface StratmlPeriod {
  readonly id: string;
  readonly name: string;
  readonly starts_on: string;
  readonly ends_on: string;
}
interface Ordered {
  readonly id: string;
  readonly sort_order: number;
}
interface StratmlTheme extends Ordered {
  readonly title: string;
  readonly description: string | null;
}
interface StratmlObjective extends Ordered {
  readonly theme_id: string;
  readonly title: string;
}
interface StratmlAction extends Ordered {
  readonly theme_id: string;
  readonly objective_id: string | null;
  readonly ref: string | null;
  readonly title: string;
  readonly lead_organisation_id: string | null;
  readonly lead_person_id: string | null;
  readonly current_due_on: string | null;
  readonly lifecycle_status: LifecycleStatus;
}
interface StratmlSupporting {
  readonly action_id: string;
  readonly organisation_id: string;
}
interface StratmlOrganisation extends Ordered {
  readonly name: string;
}
interface StratmlUpdate {
  readonly action_id: string;
  readonly period_id: string;
  readonly narrative: string;
  readonly proposed_rag: Rag | null;
  readonly validated_rag: Rag | null;
  readonly lifecycle_status: LifecycleStatus | null;
}
interface StratmlPerson {
  readonly id: string;
  readonly full_name: string;
}

/** The lists of a StratML report as JSON array texts (as PostgreSQL's `json_agg` wrote them). */
export type StratmlTexts = Readonly<
  Record<'themes' | 'objectives' | 'actions' | 'supporting' | 'orgs' | 'updates' | 'people', string>
>;

/** Everything a StratML report is built from, read on the caller's thread; cheap to post to a worker (texts, few rows). */
export interface StratmlRows {
  readonly strategy: StratmlStrategy;
  readonly periods: readonly StratmlPeriod[];
  /** Index in `periods` of the last period reported on (-1 when there is none). */
  readonly upTo: number;
  readonly texts: StratmlTexts;
}

/** The StratML text for loaded rows: CPU-bound for a large strategy, so the API runs it in the report worker. */
export function renderStratml(rows: StratmlRows): string {
  const { strategy, periods, upTo } = rows;
  // The texts are json_agg over the loader's statements: each parses to the rows those statements select.
  const parse = <T>(text: string): T[] => JSON.parse(text) as T[];
  const themes = parse<StratmlTheme>(rows.texts.themes);
  const objectives = parse<StratmlObjective>(rows.texts.objectives);
  const actions = parse<StratmlAction>(rows.texts.actions);
  const supporting = parse<StratmlSupporting>(rows.texts.supporting);
  const orgs = parse<StratmlOrganisation>(rows.texts.orgs);
  const updates = parse<StratmlUpdate>(rows.texts.updates);
  const people = parse<StratmlPerson>(rows.texts.people);
  const reported = periods.slice(0, upTo + 1);
  const period = reported[reported.length - 1] ?? null;

  const ordered = <T extends Ordered>(items: readonly T[]): T[] =>
    [...items].sort((a, b) =>
      compareOrdered({ id: s(a.id), sortOrder: a.sort_order }, { id: s(b.id), sortOrder: b.sort_order }),
    );
  const orgName = new Map(orgs.map((o) => [s(o.id), s(o.name)]));
  const personName = new Map(people.map((p) => [s(p.id), s(p.full_name)]));
  const supportingByAction = new Map<string, string[]>();
  for (const r of supporting)
    supportingByAction.set(s(r.action_id), [...(supportingByAction.get(s(r.action_id)) ?? []), s(r.organisation_id)]);
  const updateOf = new Map(updates.map((u) => [`${u.action_id}|${u.period_id}`, u]));

  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele(STRATML_PART2_NAMESPACE, 'PerformancePlanOrReport', {
    Type: 'Performance_Report',
  });
  const title = `${s(strategy.title)}${period ? ` — ${s(period.name)}` : ''}`;
  doc.ele('Name').txt(title);
  doc.ele('Description').txt(s(strategy.description) || `Performance report on ${s(strategy.title)}.`);
  if (period)
    doc
      .ele('OtherInformation')
      .txt(`Reporting period: ${s(period.name)} (${s(period.starts_on)} to ${s(period.ends_on)}).`);
  const core = doc.ele('StrategicPlanCore');
  const organization = core.ele('Organization');
  organization.ele('Name').txt(s(strategy.partnership_name));
  if (strategy.partnership_short_name) organization.ele('Acronym').txt(s(strategy.partnership_short_name));
  organization.ele('Identifier').txt(xmlId(s(strategy.partnership_id)));
  const stakeholder = (parent: ReturnType<typeof core.ele>, name: string, description: string) => {
    const el = parent.ele('Stakeholder');
    el.ele('Name').txt(name);
    el.ele('Description').txt(description);
    const role = el.ele('Role');
    role.ele('Name').txt('Partner organisation');
    role.ele('RoleType').txt('Performer');
  };
  for (const org of orgs) stakeholder(organization, s(org.name), 'Partner organisation of the partnership.');
  if (strategy.vision) {
    const vision = core.ele('Vision');
    vision.ele('Description').txt(s(strategy.vision));
    vision.ele('Identifier').txt(xmlId(s(strategy.id), '-vision'));
  }

  ordered(themes).forEach((theme, themeIndex) => {
    const goal = core.ele('Goal');
    goal.ele('Name').txt(s(theme.title));
    goal.ele('Description').txt(s(theme.description) || s(theme.title));
    goal.ele('Identifier').txt(xmlId(s(theme.id)));
    goal.ele('SequenceIndicator').txt(String(themeIndex + 1));
    const themeActions = actions.filter((a) => a.theme_id === theme.id);
    const buckets: { id: string; name: string; list: StratmlAction[] }[] = [];
    const direct = ordered(themeActions.filter((a) => !a.objective_id));
    if (direct.length) buckets.push({ id: xmlId(s(theme.id), '-actions'), name: s(theme.title), list: direct });
    for (const o of ordered(objectives.filter((o) => o.theme_id === theme.id))) {
      buckets.push({
        id: xmlId(s(o.id)),
        name: s(o.title),
        list: ordered(themeActions.filter((a) => a.objective_id === o.id)),
      });
    }
    buckets.forEach((bucket, bucketIndex) => {
      const objective = goal.ele('Objective');
      objective.ele('Name').txt(bucket.name);
      objective.ele('Description').txt(bucket.name);
      objective.ele('Identifier').txt(bucket.id);
      objective.ele('SequenceIndicator').txt(`${themeIndex + 1}.${bucketIndex + 1}`);
      const performers = new Set<string>();
      for (const a of bucket.list) {
        if (a.lead_organisation_id) performers.add(s(a.lead_organisation_id));
        for (const id of supportingByAction.get(s(a.id)) ?? []) performers.add(id);
      }
      for (const id of performers) {
        const name = orgName.get(id);
        if (name !== undefined) stakeholder(objective, name, 'Leads or supports actions under this objective.');
      }
      bucket.list.forEach((action, actionIndex) => {
        const indicator = objective.ele('PerformanceIndicator', {
          PerformanceIndicatorType: 'Qualitative',
          ValueChainStage: 'Output',
        });
        indicator.ele('SequenceIndicator').txt(toLowerRoman(actionIndex + 1));
        indicator.ele('MeasurementDimension').txt(s(action.title));
        indicator.ele('UnitOfMeasurement').txt('RAG status');
        indicator.ele('Identifier').txt(xmlId(s(action.id)));
        for (const p of reported) {
          const update = updateOf.get(`${action.id}|${p.id}`);
          const instance = indicator.ele('MeasurementInstance');
          // ISO 17469-2 order inside ActualResult: StartDate, EndDate, NumberOfUnits, Descriptor*, Description.
          const result = instance.ele('ActualResult');
          result.ele('StartDate').txt(s(p.starts_on));
          result.ele('EndDate').txt(s(p.ends_on));
          const rag = update
            ? effectiveRag({ proposedRag: update.proposed_rag, validatedRag: update.validated_rag })
            : null;
          const descriptor = result.ele('Descriptor');
          descriptor.ele('DescriptorName').txt('RAG');
          descriptor.ele('DescriptorValue').txt(rag ? RAG_LABEL[rag] : 'Not rated');
          const status = update?.lifecycle_status ?? null;
          if (status) {
            const statusDescriptor = result.ele('Descriptor');
            statusDescriptor.ele('DescriptorName').txt('Status');
            statusDescriptor.ele('DescriptorValue').txt(LIFECYCLE_LABEL[status]);
          }
          result.ele('Description').txt(update ? s(update.narrative) : 'No update for this period.');
        }
        const details = [
          action.ref ? `Ref ${s(action.ref)}` : '',
          action.lead_organisation_id ? `Lead organisation: ${orgName.get(s(action.lead_organisation_id)) ?? ''}` : '',
          action.lead_person_id ? `Lead officer: ${personName.get(s(action.lead_person_id)) ?? ''}` : '',
          action.current_due_on ? `Due ${s(action.current_due_on)}` : '',
          `Status: ${LIFECYCLE_LABEL[action.lifecycle_status]}`,
        ].filter(Boolean);
        indicator.ele('OtherInformation').txt(details.join('. ') + '.');
      });
    });
  });

  const admin = doc.ele('AdministrativeInformation');
  admin.ele('Identifier').txt(xmlId(s(strategy.id), period ? `-${s(period.id)}` : ''));
  admin.ele('StartDate').txt(s(period?.starts_on ?? strategy.starts_on));
  admin.ele('EndDate').txt(s(period?.ends_on ?? strategy.ends_on));
  admin.ele('PublicationDate').txt(new Date().toISOString().slice(0, 10));
  return doc.end({ prettyPrint: true });
}
