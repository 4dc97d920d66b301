import { Injectable } from '@nestjs/common';
import type { AssertTrue, CamelRow, ReportingPeriodRow, SameShape, VersionedRecord } from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { insertAudited, isUniqueViolation, loadForWrite, updateAudited } from '@waymark/api/partnership/data-access';
import { Actor, badInput, FieldProblem } from '@waymark/api/shared/util';
import { PeriodState, type ReportingPeriod } from '@waymark/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { deletePeriodRow, isForeignKeyViolation } from './period-delete';
import { periodPlacementProblems } from './period-placement';

type StrategyYears = Pick<VersionedRecord<'strategy'>, 'id' | 'partnershipId' | 'startsOn' | 'endsOn'>;

export interface ReportingPeriodFields {
  readonly name?: string;
  readonly startsOn?: string;
  readonly endsOn?: string;
  readonly updateDeadline?: string;
}

/** What the period admin writes answer: the period as stored (its generated row, camelCased; the state as the domain's enum). */
export type ReportingPeriodRecord = VersionedRecord<'reporting_period'>;

/** The domain's period (shared with the report model and the web) is the table's row less its timestamps: checked here. */
export type ReportingPeriodIsItsTable = AssertTrue<
  SameShape<ReportingPeriod, Omit<CamelRow<ReportingPeriodRow>, 'createdAt' | 'updatedAt'>>
>;

/**
 * Administrator set-up of reporting periods: name, dates, deadline. State transitions
 * (open → in review → signed off) belong to the progress workflow, not here.
 */
@Injectable()
export class ReportingPeriodAdminService {
  constructor(private readonly dataSource: DataSource) {}

  create(
    actor: Actor,
    input: Required<ReportingPeriodFields> & { strategyId: string },
  ): Promise<ReportingPeriodRecord> {
    return this.write(async (manager) => {
      const strategy = await loadForWrite(manager, 'strategy', 'Strategy', input.strategyId);
      AccessPolicy.assertAdministrator(actor, strategy.partnershipId, { entity: 'Strategy', id: input.strategyId });
      validateDates(input);
      await assertPlacement(manager, strategy, input, null);
      return insertAudited(manager, actor, {
        table: 'reporting_period',
        entityType: 'ReportingPeriod',
        values: {
          strategyId: input.strategyId,
          name: input.name.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          updateDeadline: input.updateDeadline,
        },
      });
    });
  }

  update(actor: Actor, input: ReportingPeriodFields & { id: string; version: number }): Promise<ReportingPeriodRecord> {
    return this.write(async (manager) => {
      const before = await loadForWrite(manager, 'reporting_period', 'ReportingPeriod', input.id);
      const strategy = await loadForWrite(manager, 'strategy', 'Strategy', before.strategyId);
      AccessPolicy.assertAdministrator(actor, strategy.partnershipId, { entity: 'ReportingPeriod', id: input.id });
      if (before.state === PeriodState.SignedOff) {
        throw badInput([{ field: 'input.id', message: 'This period is signed off: its dates can no longer change.' }]);
      }
      const dates = {
        startsOn: input.startsOn ?? before.startsOn,
        endsOn: input.endsOn ?? before.endsOn,
        updateDeadline: input.updateDeadline ?? before.updateDeadline,
      };
      validateDates(dates);
      if (input.startsOn !== undefined || input.endsOn !== undefined)
        await assertPlacement(manager, strategy, dates, input.id);
      return updateAudited(manager, actor, {
        table: 'reporting_period',
        entityType: 'ReportingPeriod',
        id: input.id,
        version: input.version,
        set: {
          name: input.name?.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          updateDeadline: input.updateDeadline,
        },
      });
    });
  }

  /** Deletes a period nothing refers to yet (no updates, commentary, indicator values or frozen report): administrators. */
  delete(actor: Actor, input: { id: string; version: number }): Promise<ReportingPeriodRecord> {
    return this.write(async (manager) => {
      const before = await loadForWrite(manager, 'reporting_period', 'ReportingPeriod', input.id);
      const strategy = await loadForWrite(manager, 'strategy', 'Strategy', before.strategyId);
      AccessPolicy.assertAdministrator(actor, strategy.partnershipId, { entity: 'ReportingPeriod', id: input.id });
      if (before.state === PeriodState.SignedOff) {
        throw badInput([
          {
            field: 'input.id',
            message: 'This period is signed off: the board saw its report, so it cannot be deleted.',
          },
        ]);
      }
      await deletePeriodRow(manager, actor, before, input.version, strategy.partnershipId);
      return before;
    });
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error))
        throw badInput([{ field: 'input.name', message: 'This strategy already has a period with this name.' }]);
      if (isForeignKeyViolation(error))
        throw badInput([
          { field: 'input.id', message: 'This period cannot be deleted because other records still refer to it.' },
        ]);
      throw error;
    }
  }
}

async function assertPlacement(
  manager: EntityManager,
  strategy: StrategyYears,
  dates: { startsOn: string; endsOn: string },
  periodId: string | null,
): Promise<void> {
  const problems = await periodPlacementProblems(
    manager,
    { id: strategy.id, startsOn: isoDate(strategy.startsOn), endsOn: isoDate(strategy.endsOn) },
    dates,
    periodId,
  );
  if (problems.length) throw badInput(problems);
}

/** Date columns may arrive as 'YYYY-MM-DD' strings or Date objects depending on the driver's parser. */
function isoDate(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function validateDates(dates: { startsOn: string; endsOn: string; updateDeadline: string }): void {
  const problems: FieldProblem[] = [];
  if (dates.endsOn < dates.startsOn)
    problems.push({ field: 'input.endsOn', message: 'The end date must be on or after the start date.' });
  if (dates.updateDeadline < dates.startsOn)
    problems.push({
      field: 'input.updateDeadline',
      message: 'The update deadline must be on or after the start date.',
    });
  if (problems.length) throw badInput(problems);
}
