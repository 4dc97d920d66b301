import {
  actionNumberLabel,
  compareOrdered,
  countedRag,
  isNotStartedYet,
  NOT_STARTED_YET_TEXT,
  LifecycleStatus,
  LIFECYCLE_LABEL,
  Rag,
  RAG_LABEL,
  ReviewState,
} from '@waymark/shared/domain';
import type {
  ReportSource,
  SourceAction,
  SourceObjective,
  SourcePeriod,
  SourceTheme,
  SourceUpdate,
} from './report-source';

export interface IndexedAction {
  readonly action: SourceAction;
  readonly theme: SourceTheme;
  readonly themeNumber: number;
  readonly objective: SourceObjective | null;
  /** 0 when the action sits directly under its theme. */
  readonly objectiveNumber: number;
  readonly position: number;
  readonly number: string;
  readonly reference: string;
}

export interface ObjectiveGroup {
  readonly objective: SourceObjective | null;
  readonly actions: readonly IndexedAction[];
}

export interface IndexedTheme {
  readonly theme: SourceTheme;
  readonly number: number;
  readonly groups: readonly ObjectiveGroup[];
}

/** The strategy tree in its stable order with derived numbering, plus lookups the reports share. */
export interface PlanIndex {
  readonly themes: readonly IndexedTheme[];
  readonly actions: readonly IndexedAction[];
  readonly periods: readonly SourcePeriod[];
  update(actionId: string, periodId: string): SourceUpdate | undefined;
}

export function indexPlan(source: ReportSource): PlanIndex {
  const periods = [...source.periods].sort((a, b) =>
    a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : a.id < b.id ? -1 : 1,
  );
  const objectivesByTheme = groupBy(source.objectives, (o) => o.themeId);
  const actionsByParent = groupBy(source.actions, (a) => a.objectiveId ?? `theme:${a.themeId}`);
  const themes: IndexedTheme[] = [];
  const all: IndexedAction[] = [];
  [...source.themes].sort(compareOrdered).forEach((theme, themeIndex) => {
    const themeNumber = themeIndex + 1;
    const groups: ObjectiveGroup[] = [];
    const objectives = [...(objectivesByTheme.get(theme.id) ?? [])].sort(compareOrdered);
    const parents: Array<{ objective: SourceObjective | null; number: number; key: string }> = objectives.map(
      (objective, i) => ({
        objective,
        number: i + 1,
        key: objective.id,
      }),
    );
    // Actions directly under the theme (no objective level, or not yet placed) come after the objectives.
    parents.push({ objective: null, number: 0, key: `theme:${theme.id}` });
    for (const parent of parents) {
      const actions = [...(actionsByParent.get(parent.key) ?? [])]
        .filter((a) => a.themeId === theme.id)
        .sort(compareOrdered);
      if (actions.length === 0) continue;
      const indexed = actions.map((action, i): IndexedAction => {
        const number = actionNumberLabel(i + 1);
        return {
          action,
          theme,
          themeNumber,
          objective: parent.objective,
          objectiveNumber: parent.number,
          position: i + 1,
          number,
          reference: parent.number ? `${themeNumber}.${parent.number} ${number}` : `${themeNumber} ${number}`,
        };
      });
      groups.push({ objective: parent.objective, actions: indexed });
      all.push(...indexed);
    }
    themes.push({ theme, number: themeNumber, groups });
  });
  const updates = new Map(source.updates.map((u) => [`${u.actionId}|${u.periodId}`, u]));
  return { themes, actions: all, periods, update: (actionId, periodId) => updates.get(`${actionId}|${periodId}`) };
}

/** Lifecycle as of a period: the period's update may change it; otherwise the action's current status. */
export function lifecycleAt(action: SourceAction, update: SourceUpdate | undefined): LifecycleStatus {
  return update?.lifecycleStatus ?? action.lifecycleStatus;
}

/** The RAG the board sees for one action in one period (null when no update or RAG does not apply). */
export function ragAt(action: SourceAction, update: SourceUpdate | undefined): Rag | null {
  return countedRag(update, action.lifecycleStatus);
}

export function ragCellLabel(action: SourceAction, update: SourceUpdate | undefined, periodEndsOn: string): string {
  if (!update) return isNotStartedYet(action.startsOn, periodEndsOn) ? NOT_STARTED_YET_TEXT : 'No update';
  const rag = ragAt(action, update);
  return rag ? RAG_LABEL[rag] : LIFECYCLE_LABEL[lifecycleAt(action, update)];
}

/** An update counts as received once submitted; an unsubmitted draft is not. */
export function isReceived(update: SourceUpdate | undefined): boolean {
  return !!update && update.reviewState !== ReviewState.Draft && update.narrative.trim() !== '';
}

/** Closed actions owe no update. */
export function owesUpdate(status: LifecycleStatus): boolean {
  return status !== LifecycleStatus.Complete && status !== LifecycleStatus.Cancelled;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-31" → "31 Mar 2025" (no Date parsing, so no time-zone shifts). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** "2013-01-01".."2016-12-31" → "2013-16"; one year → "2013". */
export function formatYears(startsOn: string, endsOn: string): string {
  const start = startsOn.slice(0, 4);
  const end = endsOn.slice(0, 4);
  if (start === end) return start;
  return start.slice(0, 2) === end.slice(0, 2) ? `${start}-${end.slice(2)}` : `${start}-${end}`;
}
