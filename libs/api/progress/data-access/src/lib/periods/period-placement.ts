import type { FieldProblem } from '@waymark/api/shared/util';
import { spanWithin } from '@waymark/shared/domain';
import { formatDate } from '@waymark/shared/report-model';
import { EntityManager } from 'typeorm';
import { queryRows } from '@waymark/api/database';

interface Dates {
  readonly startsOn: string;
  readonly endsOn: string;
}

/**
 * A period must sit inside its strategy's years and overlap none of the strategy's other periods. The caller holds
 * the strategy row locked (loadForWrite), so two writes cannot each pass this check and then overlap each other.
 */
export async function periodPlacementProblems(
  manager: EntityManager,
  strategy: { readonly id: string; readonly startsOn: string; readonly endsOn: string },
  dates: Dates,
  periodId: string | null,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const years = `${formatDate(strategy.startsOn)} to ${formatDate(strategy.endsOn)}`;
  if (!spanWithin(strategy, { startsOn: dates.startsOn, endsOn: dates.startsOn })) {
    problems.push({
      field: 'input.startsOn',
      message: `The start date must be within the strategy's years (${years}).`,
    });
  }
  if (!spanWithin(strategy, { startsOn: dates.endsOn, endsOn: dates.endsOn })) {
    problems.push({ field: 'input.endsOn', message: `The end date must be within the strategy's years (${years}).` });
  }
  const overlapping = await queryRows<{ name: string; startsOn: string; endsOn: string }>(
    manager,
    `SELECT name, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
       FROM reporting_period
      WHERE strategy_id = $1 AND ($2::uuid IS NULL OR id <> $2) AND starts_on <= $4::date AND ends_on >= $3::date
      ORDER BY starts_on LIMIT 1`,
    [strategy.id, periodId, dates.startsOn, dates.endsOn],
  );
  const other = overlapping[0];
  if (other) {
    problems.push({
      field: 'input.startsOn',
      message: `These dates overlap the period "${other.name}" (${formatDate(other.startsOn)} to ${formatDate(other.endsOn)}): periods of a strategy cannot overlap.`,
    });
  }
  return problems;
}
