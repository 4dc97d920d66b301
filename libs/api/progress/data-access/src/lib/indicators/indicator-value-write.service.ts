import { Injectable } from '@nestjs/common';
import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import {
  camelRow,
  queryRows,
  updateWithVersion,
  type CamelRow,
  type IndicatorRow,
  type IndicatorValueRow,
  type JsonRow,
  type ReportingPeriodRow,
  type StrategyRow,
} from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput, conflict, FieldProblem, forbidden, notFound } from '@waymark/api/shared/util';
import { PeriodState } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { lockPeriodState } from '../periods/period-lock';
import { toIndicatorValueView } from './indicator.queries';
import { IndicatorValueView } from './indicator.views';

export interface RecordIndicatorValueCommand {
  readonly indicatorId: string;
  readonly periodId: string;
  readonly value: number;
  readonly note?: string | null;
  /** Required when a value for this indicator and period already exists (optimistic concurrency). */
  readonly version?: number | null;
}

/** recordValue's one statement: the indicator, its strategy's partnership, the period and the value stored for it. */
type RecordValueContext = CamelRow<Pick<IndicatorRow, 'id' | 'strategy_id'>> & {
  archived: boolean;
  partnershipId: StrategyRow['partnership_id'];
  /** The period's columns are null when there is no such period (LEFT JOIN). */
  periodId: ReportingPeriodRow['id'] | null;
  periodStrategyId: ReportingPeriodRow['strategy_id'] | null;
  periodName: ReportingPeriodRow['name'] | null;
  /** `to_jsonb` of the stored value (a numeric becomes a JSON number). */
  valueRow: (Omit<JsonRow<IndicatorValueRow>, 'value'> & { value: number }) | null;
};

/** Indicator values per period, written by administrators or the strategy's reviewers: version-checked and audited. */
@Injectable()
export class IndicatorValueWriteService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Creates or updates the value of an indicator for a period (one per indicator × period).
   * Updating needs the version last seen; a second writer creating the same value gets CONFLICT.
   * Refused once the period is signed off.
   */
  record(actor: Actor, cmd: RecordIndicatorValueCommand): Promise<IndicatorValueView> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<RecordValueContext>(
        manager,
        `SELECT i.id, i.strategy_id AS "strategyId", i.archived_at IS NOT NULL AS archived, s.partnership_id AS "partnershipId",
                rp.id AS "periodId", rp.strategy_id AS "periodStrategyId", rp.name AS "periodName",
                (SELECT to_jsonb(v) FROM indicator_value v WHERE v.indicator_id = i.id AND v.period_id = rp.id) AS "valueRow"
           FROM indicator i JOIN strategy s ON s.id = i.strategy_id
           LEFT JOIN reporting_period rp ON rp.id = $2
          WHERE i.id = $1`,
        [cmd.indicatorId, cmd.periodId],
      );
      const ctx = rows[0];
      if (!ctx) throw notFound('Indicator', cmd.indicatorId);
      const strategy = { id: ctx.strategyId, partnershipId: ctx.partnershipId };
      AccessPolicy.assertCanRead(actor, strategy.partnershipId, { entity: 'Indicator', id: cmd.indicatorId });
      if (
        !(actor.isAdministrator && actor.partnershipId === strategy.partnershipId) &&
        !AccessPolicy.canReview(actor, strategy)
      ) {
        throw forbidden(
          "only an administrator or a member of the strategy's accountable group can record indicator values.",
        );
      }
      if (ctx.archived)
        throw badInput([{ field: 'input.indicatorId', message: 'is archived; it takes no more values.' }]);
      if (!ctx.periodId) throw notFound('ReportingPeriod', cmd.periodId);
      const problems: FieldProblem[] = [];
      if (ctx.periodStrategyId !== strategy.id)
        problems.push({
          field: 'input.periodId',
          message: "is a reporting period of another strategy than the indicator's.",
        });
      else if ((await lockPeriodState(manager, ctx.periodId, 'share')) === PeriodState.SignedOff) {
        problems.push({
          field: 'input.periodId',
          message: `${String(ctx.periodName)} is signed off and read-only; indicator values can no longer be recorded for it.`,
        });
      }
      if (!Number.isFinite(cmd.value)) problems.push({ field: 'input.value', message: 'must be a finite number.' });
      if (problems.length) throw badInput(problems);
      const note = cmd.note?.trim() ? cmd.note.trim() : null;
      const periodName = String(ctx.periodName);
      const existing = ctx.valueRow ? camelRow(ctx.valueRow) : null;
      const audit = (id: string, operation: string, changes: Record<string, { before: unknown; after: unknown }>) =>
        writeAudit(manager, [
          {
            actorId: actor.personId,
            partnershipId: strategy.partnershipId,
            entityType: 'indicator_value',
            entityId: id,
            operation,
            changes,
          },
        ]);

      if (!existing) {
        if (cmd.version != null) throw notFound('IndicatorValue', `${cmd.indicatorId}/${cmd.periodId}`);
        const inserted = await queryRows<IndicatorValueRow>(
          manager,
          `INSERT INTO indicator_value (indicator_id, period_id, value, note) VALUES ($1, $2, $3, $4)
           ON CONFLICT (indicator_id, period_id) DO NOTHING RETURNING *`,
          [cmd.indicatorId, cmd.periodId, cmd.value, note],
        );
        if (inserted.length === 0) throw conflict('IndicatorValue', `${cmd.indicatorId}/${cmd.periodId}`, 0, null);
        const after = camelRow(inserted[0]);
        await audit(after.id, 'create', diffFields(null, after));
        return toIndicatorValueView({ ...after, value: String(after.value), periodName });
      }
      const id = existing.id;
      if (cmd.version == null) throw conflict('IndicatorValue', id, 0, existing);
      const { before, after } = await updateWithVersion(manager, {
        table: 'indicator_value',
        entity: 'IndicatorValue',
        id,
        expectedVersion: cmd.version,
        set: { value: cmd.value, note },
      });
      await audit(id, 'update', diffFields(before, after));
      return toIndicatorValueView({ ...after, value: String(after.value), periodName });
    });
  }
}
