import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { badInput, notFound } from '@waymark/api/shared/util';
import type { ReadSheet } from '../plan-sheet';
import { resolveAccountableGroup } from './accountable-group';
import { queryRows, type StrategyRow } from '@waymark/api/database';
import { PlanningRequest, TargetStrategy } from './import.types';

/** The strategy the import writes into: an existing one (locked when applying) or a new one described by the request. */
export async function resolveTargetStrategy(
  manager: EntityManager,
  request: PlanningRequest,
  sheet: Pick<ReadSheet, 'hasObjectives'>,
  lock: boolean,
): Promise<TargetStrategy> {
  if (request.strategyId) {
    const rows = await queryRows<
      Pick<
        StrategyRow,
        'id' | 'partnership_id' | 'title' | 'starts_on' | 'ends_on' | 'has_objective_level' | 'archived_at'
      >
    >(
      manager,
      `SELECT id, partnership_id, title, starts_on, ends_on, has_objective_level, archived_at FROM strategy WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [request.strategyId],
    );
    const found = rows[0];
    if (!found || found.partnership_id !== request.partnershipId) throw notFound('Strategy', request.strategyId);
    if (found.archived_at)
      throw badInput([
        { field: 'input.strategyId', message: 'This strategy is archived: restore it before importing into it.' },
      ]);
    return {
      id: found.id,
      isNew: false,
      accountableGroup: null,
      everyQuarter: false,
      title: found.title,
      startsOn: found.starts_on,
      endsOn: found.ends_on,
      hasObjectiveLevel: found.has_objective_level,
    };
  }
  if (request.newStrategy) {
    const { title, startYear, endYear } = request.newStrategy;
    const fieldProblems = [];
    if (!title || !title.trim())
      fieldProblems.push({ field: 'input.newStrategy.title', message: 'Give the new strategy a title.' });
    if (!Number.isInteger(startYear) || startYear < 1990 || startYear > 2100)
      fieldProblems.push({ field: 'input.newStrategy.startYear', message: 'Give the first year, e.g. 2017.' });
    if (!Number.isInteger(endYear) || endYear <= startYear || endYear > 2110)
      fieldProblems.push({
        field: 'input.newStrategy.endYear',
        message: 'Give the last year, after the first year, e.g. 2020.',
      });
    if (fieldProblems.length) throw badInput(fieldProblems);
    return {
      id: randomUUID(),
      isNew: true,
      accountableGroup: await resolveAccountableGroup(
        manager,
        request.partnershipId,
        request.newStrategy.accountableGroupId,
      ),
      everyQuarter: request.newStrategy.everyQuarter === true,
      title: title.trim(),
      startsOn: `${startYear}-04-01`,
      endsOn: `${endYear}-03-31`,
      hasObjectiveLevel: sheet.hasObjectives,
    };
  }
  throw badInput([
    { field: 'input.strategyId', message: 'Choose an existing strategy or give a title and years for a new one.' },
  ]);
}
