import {
  isNotStartedYet,
  isOverdue,
  isStaleNarrative,
  LifecycleStatus,
  LIFECYCLE_LABEL,
  Rag,
  RAG_LABEL,
  ragDistribution,
  RagDistribution,
  ragMovement,
} from '@waymark/shared/domain';
import { ReportOptionError } from './build-board-report';
import type { ReportPeriodInfo } from './board-report';
import { formatDate, IndexedAction, indexPlan, isReceived, lifecycleAt, owesUpdate, ragAt } from './plan-index';
import type { ReportSource, SourcePeriod } from './report-source';
import { titleWithYears } from './report-frame';

/** How a list outside the tables names an action: the plan's own reference where it has one, else "1.2 ii)". */
export const changeRef = (item: { readonly ref: string | null; readonly reference: string }): string =>
  item.ref ?? item.reference;

/** One action in a list of the changes report. */
export interface ChangeItem {
  readonly actionId: string;
  readonly themeNumber: number;
  readonly themeTitle: string;
  readonly objectiveTitle: string | null;
  /** "1.2 ii)" */
  readonly reference: string;
  /** The plan's own reference ("HC-1.1") when it has one. */
  readonly ref: string | null;
  readonly title: string;
  readonly lead: string | null;
  /** Short explanation, e.g. "Green → Amber", "Due 31 Mar 2025". */
  readonly detail: string;
}

export interface RagMovement extends ChangeItem {
  readonly from: Rag;
  readonly to: Rag;
  readonly direction: 'worse' | 'better';
}

export interface ThemeDistribution {
  readonly themeId: string;
  readonly heading: string;
  readonly now: RagDistribution;
  readonly previous: RagDistribution | null;
}

export interface ChangesReport {
  readonly kind: 'changes';
  readonly strategyId: string;
  readonly partnershipId: string;
  readonly title: string;
  readonly period: ReportPeriodInfo;
  readonly previousPeriod: ReportPeriodInfo | null;
  readonly generatedOn: string;
  readonly dateLabel: string;
  readonly ragMovements: readonly RagMovement[];
  readonly completed: readonly ChangeItem[];
  readonly newActions: readonly ChangeItem[];
  readonly overdue: readonly ChangeItem[];
  readonly dueDatesMoved: readonly ChangeItem[];
  readonly updatesMissing: readonly ChangeItem[];
  readonly staleText: readonly ChangeItem[];
  readonly distribution: readonly ThemeDistribution[];
  readonly totals: { readonly now: RagDistribution; readonly previous: RagDistribution | null };
}

/** Named sections in display order, so every renderer lists them the same way. */
export const CHANGE_SECTIONS = [
  ['ragMovements', 'RAG movements'],
  ['completed', 'Completed this period'],
  ['newActions', 'New actions'],
  ['overdue', 'Overdue'],
  ['dueDatesMoved', 'Due dates moved'],
  ['updatesMissing', 'Updates missing'],
  ['staleText', 'Unchanged text (copied forward)'],
] as const;

/** "What changed since the last board": the period compared with the one before it. */
export function buildChangesReport(
  source: ReportSource,
  periodId?: string | null,
  generatedOn = new Date().toISOString().slice(0, 10),
): ChangesReport {
  const plan = indexPlan(source);
  if (plan.periods.length === 0) throw new ReportOptionError('period', 'This strategy has no reporting periods yet.');
  const period = periodId
    ? plan.periods.find((p) => p.id === periodId)
    : ([...plan.periods].reverse().find((p) => p.startsOn <= generatedOn) ?? plan.periods[0]);
  if (!period) throw new ReportOptionError('period', `Reporting period ${periodId} does not belong to this strategy.`);
  const index = plan.periods.indexOf(period);
  const previous: SourcePeriod | null = index > 0 ? plan.periods[index - 1] : null;
  const asOf = generatedOn < period.endsOn ? generatedOn : period.endsOn;
  const since = previous ? previous.endsOn : period.startsOn;

  const item = (a: IndexedAction, detail: string): ChangeItem => ({
    actionId: a.action.id,
    themeNumber: a.themeNumber,
    themeTitle: a.theme.title,
    objectiveTitle: a.objective?.title ?? null,
    reference: a.reference,
    ref: a.action.ref,
    title: a.action.title,
    lead: a.action.leadOrganisation ?? a.action.leadPerson,
    detail,
  });

  const ragMovements: RagMovement[] = [];
  const completed: ChangeItem[] = [];
  const newActions: ChangeItem[] = [];
  const overdue: ChangeItem[] = [];
  const updatesMissing: ChangeItem[] = [];
  const staleText: ChangeItem[] = [];
  for (const a of plan.actions) {
    const now = plan.update(a.action.id, period.id);
    const before = previous ? plan.update(a.action.id, previous.id) : undefined;
    const status = lifecycleAt(a.action, now);
    const from = ragAt(a.action, before);
    const to = ragAt(a.action, now);
    const move = ragMovement(from, to);
    if (from && to && (move === 'worse' || move === 'better')) {
      ragMovements.push({ ...item(a, `${RAG_LABEL[from]} → ${RAG_LABEL[to]}`), from, to, direction: move });
    }
    const statusBefore = before?.lifecycleStatus ?? null;
    if (now?.lifecycleStatus === LifecycleStatus.Complete && statusBefore !== LifecycleStatus.Complete) {
      completed.push(item(a, 'Marked complete'));
    }
    if (a.action.createdOn > since && a.action.createdOn <= period.endsOn)
      newActions.push(item(a, `Added ${formatDate(a.action.createdOn)}`));
    if (isOverdue(a.action.currentDueOn, status, asOf))
      overdue.push(item(a, `Due ${formatDate(a.action.currentDueOn as string)} (${LIFECYCLE_LABEL[status]})`));
    if (!isReceived(now) && owesUpdate(status) && !isNotStartedYet(a.action.startsOn, period.endsOn))
      updatesMissing.push(item(a, now ? 'Draft not submitted' : 'No update received'));
    if (now && before && isStaleNarrative(now.narrative, before.narrative))
      staleText.push(item(a, `Same text as ${previous?.name}`));
  }

  const byId = new Map(plan.actions.map((a) => [a.action.id, a]));
  const dueDatesMoved = [...source.dueDateChanges]
    .filter((c) => c.changedOn > since && c.changedOn <= period.endsOn && byId.has(c.actionId))
    .sort((x, y) => (x.changedOn < y.changedOn ? -1 : 1))
    .map((c) =>
      item(
        byId.get(c.actionId) as IndexedAction,
        `${c.from ? formatDate(c.from) : 'No date'} → ${c.to ? formatDate(c.to) : 'No date'}`,
      ),
    );

  const ragsFor = (actions: readonly IndexedAction[], p: SourcePeriod) =>
    actions.map((a) => ragAt(a.action, plan.update(a.action.id, p.id)));
  const distribution: ThemeDistribution[] = plan.themes.map((t) => {
    const actions = t.groups.flatMap((g) => g.actions);
    return {
      themeId: t.theme.id,
      heading: `${source.strategy.themeLabel} ${t.number}: ${t.theme.title}`,
      now: ragDistribution(ragsFor(actions, period)),
      previous: previous ? ragDistribution(ragsFor(actions, previous)) : null,
    };
  });

  const info = (p: SourcePeriod): ReportPeriodInfo => ({
    id: p.id,
    name: p.name,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
  });
  return {
    kind: 'changes',
    strategyId: source.strategy.id,
    partnershipId: source.strategy.partnershipId,
    title: `Changes since ${previous ? previous.name : 'the start'}: ${titleWithYears(source.strategy.title, source.strategy.startsOn, source.strategy.endsOn)}`,
    period: info(period),
    previousPeriod: previous ? info(previous) : null,
    generatedOn,
    dateLabel: formatDate(generatedOn),
    ragMovements,
    completed,
    newActions,
    overdue,
    dueDatesMoved,
    updatesMissing,
    staleText,
    distribution,
    totals: {
      now: ragDistribution(ragsFor(plan.actions, period)),
      previous: previous ? ragDistribution(ragsFor(plan.actions, previous)) : null,
    },
  };
}
