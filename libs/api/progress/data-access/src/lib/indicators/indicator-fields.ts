import { queryRows } from '@waymark/api/database';
import { badInput, FieldProblem } from '@waymark/api/shared/util';
import { IndicatorDirection } from '@waymark/shared/domain';
import { EntityManager } from 'typeorm';

export interface IndicatorFields {
  readonly objectiveId?: string | null;
  readonly name?: string;
  readonly unit?: string;
  readonly direction?: IndicatorDirection;
  readonly baseline?: number | null;
  readonly target?: number | null;
  readonly tolerance?: number | null;
}

export interface CreateIndicatorCommand extends IndicatorFields {
  readonly strategyId: string;
  readonly name: string;
  readonly direction: IndicatorDirection;
}

export interface UpdateIndicatorCommand extends IndicatorFields {
  readonly id: string;
  readonly version: number;
}

/** Move one place towards the top (Up) or the bottom (Down) of the strategy's indicators. */
export enum IndicatorMove {
  Up = 'up',
  Down = 'down',
}

export const INDICATOR_NAME_MAX = 200;
export const INDICATOR_UNIT_MAX = 40;
export const INDICATOR_NOTE_MAX = 2000;

/** Field checks the input classes cannot make (whole-record and database rules), all reported together. */
export async function validateFields(
  manager: EntityManager,
  strategyId: string,
  input: IndicatorFields,
  creating: boolean,
): Promise<void> {
  const problems: FieldProblem[] = [];
  if ((creating || input.name != null) && !input.name?.trim())
    problems.push({ field: 'input.name', message: 'Enter the indicator name.' });
  if (input.name && input.name.trim().length > INDICATOR_NAME_MAX)
    problems.push({ field: 'input.name', message: `must be ${INDICATOR_NAME_MAX} characters or fewer.` });
  if (input.unit && input.unit.trim().length > INDICATOR_UNIT_MAX)
    problems.push({ field: 'input.unit', message: `must be ${INDICATOR_UNIT_MAX} characters or fewer.` });
  if (input.tolerance != null && Number.isFinite(input.tolerance) && input.tolerance < 0)
    problems.push({ field: 'input.tolerance', message: 'must be 0 or more.' });
  for (const field of ['baseline', 'target', 'tolerance'] as const) {
    const value = input[field];
    if (value !== null && value !== undefined && !Number.isFinite(value))
      problems.push({ field: `input.${field}`, message: 'must be a finite number.' });
  }
  if (input.objectiveId) {
    const found = await queryRows<{ strategyId: string; archived: boolean }>(
      manager,
      `SELECT strategy_id AS "strategyId", archived_at IS NOT NULL AS archived FROM objective WHERE id = $1`,
      [input.objectiveId],
    );
    if (!found[0] || found[0].archived) problems.push({ field: 'input.objectiveId', message: 'No such objective.' });
    else if (found[0].strategyId !== strategyId)
      problems.push({
        field: 'input.objectiveId',
        message: "The objective belongs to another strategy than the indicator's.",
      });
  }
  if (problems.length) throw badInput(problems);
}
