import { COLUMN_BY_FIELD, HeaderMatch, PlanField } from './columns';
import { PlanAction, PlanObjective, PlanProblem, PlanRow, PlanTheme } from './plan-sheet.types';
import { matchKey } from './values';

export const objectiveKeyOf = (themeKey: string, objective: string) => `${themeKey}|${matchKey(objective)}`;

type MutableAction = {
  -readonly [K in keyof PlanAction]: PlanAction[K] extends readonly (infer U)[] ? U[] : PlanAction[K];
} & { fieldRows: Partial<Record<string, number>>; noPeriodRow: number | null };

/** Gathers rows into themes, objectives and actions (one row, or one per period), reporting rows that disagree. */
export function groupRows(rows: readonly PlanRow[], header: HeaderMatch, problems: PlanProblem[]) {
  const themes = new Map<string, PlanTheme>();
  const themeByNo = new Map<number, PlanTheme>();
  const objectives = new Map<string, PlanObjective>();
  const actions = new Map<string, MutableAction>();
  const refOwner = new Map<string, string>();
  const problem = (row: number, field: PlanField, message: string) => {
    const column = header.byField[field];
    problems.push({
      row,
      column: column?.header ?? COLUMN_BY_FIELD[field].header,
      columnLetter: column?.letter ?? null,
      message,
    });
  };

  for (const row of rows) {
    const themeKey = matchKey(row.theme);
    let theme = themes.get(themeKey);
    if (!theme) {
      theme = { key: themeKey, title: row.theme, themeNo: row.themeNo, firstRow: row.rowNumber };
      themes.set(themeKey, theme);
    } else if (row.themeNo !== null && theme.themeNo === null) {
      theme = { ...theme, themeNo: row.themeNo };
      themes.set(themeKey, theme);
    } else if (row.themeNo !== null && theme.themeNo !== row.themeNo) {
      problem(
        row.rowNumber,
        'themeNo',
        `Theme "${row.theme}" is numbered ${theme.themeNo} on row ${theme.firstRow}, ${row.themeNo} here.`,
      );
    }
    if (row.themeNo !== null) {
      const owner = themeByNo.get(row.themeNo);
      if (!owner) themeByNo.set(row.themeNo, theme);
      else if (owner.key !== themeKey) {
        problem(
          row.rowNumber,
          'themeNo',
          `Theme no ${row.themeNo} is already used for "${owner.title}" on row ${owner.firstRow}.`,
        );
      }
    }
    const objectiveKey = row.objective ? objectiveKeyOf(themeKey, row.objective) : null;
    if (objectiveKey && row.objective && !objectives.has(objectiveKey)) {
      objectives.set(objectiveKey, { key: objectiveKey, themeKey, title: row.objective, firstRow: row.rowNumber });
    }

    const textKey = `text:${objectiveKey ?? themeKey}|${matchKey(row.action)}`;
    const key = row.actionRef ? `ref:${matchKey(row.actionRef)}` : textKey;
    let action = actions.get(key);
    if (row.actionRef) {
      const owner = refOwner.get(key);
      const placement = `${objectiveKey ?? themeKey}`;
      if (action && owner !== placement) {
        problem(
          row.rowNumber,
          'actionRef',
          `Duplicate ref: "${row.actionRef}" is already used on row ${action.firstRow} for an action under a different theme or objective.`,
        );
        continue;
      }
      if (action && row.action && matchKey(row.action) !== matchKey(action.title)) {
        problem(
          row.rowNumber,
          'actionRef',
          `Duplicate ref: "${row.actionRef}" is already used on row ${action.firstRow} for a different action ("${action.title}").`,
        );
        continue;
      }
      refOwner.set(key, placement);
    }
    if (!action) {
      if (!row.action) {
        // Without a ref the row check has already reported it.
        if (row.actionRef) problem(row.rowNumber, 'action', 'Action text is missing.');
        continue;
      }
      action = {
        key,
        firstRow: row.rowNumber,
        rows: [],
        themeKey,
        objectiveKey,
        ref: row.actionRef,
        title: row.action,
        leadOrganisation: null,
        leadOfficer: null,
        leadOfficerText: null,
        deliveryGroup: null,
        supportingOrganisations: null,
        startDate: null,
        dueDate: null,
        status: null,
        entries: [],
        fieldRows: {},
        noPeriodRow: null,
      };
      actions.set(key, action);
    }
    action.rows.push(row.rowNumber);

    // Action fields may be repeated on every period row, or given once; they must not disagree.
    const merge = <K extends 'leadOrganisation' | 'leadOfficerText' | 'deliveryGroup' | 'startDate' | 'dueDate'>(
      field: K,
      planField: PlanField,
      value: string | null,
      compare: (a: string, b: string) => boolean = (a, b) => matchKey(a) === matchKey(b),
    ) => {
      if (value === null) return;
      const current = action[field];
      if (current === null) {
        (action as Record<string, unknown>)[field] = value;
        action.fieldRows[field] = row.rowNumber;
      } else if (!compare(current, value)) {
        problem(
          row.rowNumber,
          planField,
          `"${value}" differs from "${current}" on row ${action.fieldRows[field]} for the same action.`,
        );
      }
    };
    merge('leadOrganisation', 'leadOrganisation', row.leadOrganisation);
    const officerBefore = action.leadOfficerText;
    merge('leadOfficerText', 'leadOfficer', row.leadOfficer ? row.leadOfficerText : null);
    if (officerBefore === null && action.leadOfficerText !== null) action.leadOfficer = row.leadOfficer;
    merge('deliveryGroup', 'deliveryGroup', row.deliveryGroup);
    merge('startDate', 'startDate', row.startDate, (a, b) => a === b);
    merge('dueDate', 'dueDate', row.dueDate, (a, b) => a === b);
    if (row.supportingOrganisations) {
      if (action.supportingOrganisations === null) {
        action.supportingOrganisations = [...row.supportingOrganisations];
        action.fieldRows['supportingOrganisations'] = row.rowNumber;
      } else if (
        [...action.supportingOrganisations].map(matchKey).sort().join(';') !==
        [...row.supportingOrganisations].map(matchKey).sort().join(';')
      ) {
        problem(
          row.rowNumber,
          'supportingOrganisations',
          `Supporting organisations differ from row ${action.fieldRows['supportingOrganisations']} for the same action.`,
        );
      }
    }

    if (row.period) {
      const existing = action.entries.find((e) => matchKey(e.period) === matchKey(row.period));
      if (existing) {
        problem(
          row.rowNumber,
          'period',
          `Duplicate update: row ${existing.rowNumber} already gives this action's update for ${row.period}.`,
        );
        continue;
      }
      action.entries.push({
        rowNumber: row.rowNumber,
        period: row.period,
        rag: row.rag,
        progress: row.progress ?? '',
        status: row.status,
        reviewState: row.reviewState,
      });
    } else {
      if (action.noPeriodRow !== null) {
        const what = row.actionRef
          ? `Duplicate ref: "${row.actionRef}" is already used on row ${action.noPeriodRow}.`
          : `Duplicate action: row ${action.noPeriodRow} has the same theme, objective and action.`;
        problem(row.rowNumber, row.actionRef ? 'actionRef' : 'action', what);
        continue;
      }
      action.noPeriodRow = row.rowNumber;
      action.status = row.status;
    }
  }

  for (const action of actions.values()) {
    if (action.startDate && action.dueDate && action.dueDate < action.startDate) {
      const rowsWithBoth = rows.find((r) => r.startDate && r.dueDate && action.rows.includes(r.rowNumber));
      if (!rowsWithBoth)
        problem(
          action.fieldRows['dueDate'] ?? action.firstRow,
          'dueDate',
          `Due date ${action.dueDate} is before the start date ${action.startDate}.`,
        );
    }
  }

  return {
    themes: [...themes.values()],
    objectives: [...objectives.values()],
    actions: [...actions.values()].map((a): PlanAction => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { fieldRows, noPeriodRow, ...rest } = a;
      return rest;
    }),
  };
}
