import { resolveRagDefinitions } from '@waymark/api/partnership/data-access';
import {
  actionNumberLabel,
  compareOrdered,
  isOverdue,
  numberSiblings,
  Ordered,
  localDate,
  type ReportingPeriod,
} from '@waymark/shared/domain';
import { ActionRow, ObjectiveRow, StrategyRow, ThemeRow } from './tree.queries';
import { ActionView, StrategyView, ThemeView, UpdateView } from './tree.views';

/** The key numbering is scoped to: the objective, or the theme for actions directly under it. */
export function actionParentKey(action: { themeId: string; objectiveId: string | null }): string {
  return action.objectiveId ?? `theme:${action.themeId}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Positions of actions within their parents, from the full sibling sets (which may be larger than `rows`). */
export function actionPositions(
  siblings: ReadonlyArray<Ordered & { themeId: string; objectiveId: string | null }>,
): Map<string, number> {
  const positions = new Map<string, number>();
  for (const group of groupBy(siblings, actionParentKey).values()) {
    for (const [id, position] of numberSiblings(group)) positions.set(id, position);
  }
  return positions;
}

/** Action rows plus their updates → views, with derived number, overdue flag and latest/previous update. */
export function toActionView(row: ActionRow, position: number, updates: UpdateView[], today: string): ActionView {
  return {
    ...row,
    number: position,
    numberLabel: actionNumberLabel(position),
    isOverdue: isOverdue(row.currentDueOn, row.lifecycleStatus, today),
    updates,
    latestUpdate: updates[updates.length - 1] ?? null,
    previousUpdate: updates[updates.length - 2] ?? null,
  };
}

export interface TreeRows {
  readonly strategies: StrategyRow[];
  readonly periods: ReportingPeriod[];
  readonly themes: ThemeRow[];
  readonly objectives: ObjectiveRow[];
  readonly actions: ActionRow[];
  readonly updates: Map<string, UpdateView[]>;
}

/** Assembles whole trees in memory: no further SQL. */
export function assembleTrees(rows: TreeRows, today: string): StrategyView[] {
  const positions = actionPositions(rows.actions);
  const actions = [...rows.actions]
    .sort(compareOrdered)
    .map((row) => toActionView(row, positions.get(row.id) ?? 0, rows.updates.get(row.id) ?? [], today));
  const actionsByParent = groupBy(actions, actionParentKey);
  const objectivesByTheme = groupBy([...rows.objectives].sort(compareOrdered), (o) => o.themeId);
  const themesByStrategy = groupBy(rows.themes, (t) => t.strategyId);
  const periodsByStrategy = groupBy(rows.periods, (p) => p.strategyId);

  return rows.strategies.map(({ partnershipRagDefinitions, ragDefinitions, ...strategy }) => {
    const themeRows = themesByStrategy.get(strategy.id) ?? [];
    const themeNumbers = numberSiblings(themeRows);
    const themes: ThemeView[] = [...themeRows].sort(compareOrdered).map((theme) => {
      const objectiveRows = objectivesByTheme.get(theme.id) ?? [];
      const objectiveNumbers = numberSiblings(objectiveRows);
      return {
        ...theme,
        number: themeNumbers.get(theme.id) ?? 0,
        objectives: objectiveRows.map((objective) => ({
          ...objective,
          number: objectiveNumbers.get(objective.id) ?? 0,
          actions: actionsByParent.get(objective.id) ?? [],
        })),
        actions: actionsByParent.get(`theme:${theme.id}`) ?? [],
      };
    });
    return {
      ...strategy,
      ragDefinitions: resolveRagDefinitions(partnershipRagDefinitions, ragDefinitions),
      periods: periodsByStrategy.get(strategy.id) ?? [],
      themes,
    };
  });
}

/** Today's date as an ISO string (UTC), for overdue checks. */
/** Today's date in the partnership's time zone (Europe/London unless set): UTC's date flips an hour early in summer. */
export function todayIso(timeZone?: string): string {
  return localDate(new Date(), timeZone);
}
