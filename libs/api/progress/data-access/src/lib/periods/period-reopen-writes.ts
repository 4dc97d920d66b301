import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import {
  queryRows,
  updateWithVersion,
  type ReportingPeriodRow,
  type StrategyRow,
  type VersionedRecord,
} from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { PeriodState } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { lockPeriodState } from './period-lock';

/**
 * Reopens a signed-off period into review, with a reason: administrators or the accountable group. Taken under the
 * period lock FOR UPDATE, so no correction or report freeze runs beside it. The frozen report snapshots are kept
 * (the board saw them); signing off again stores the next version. Who signed off, when and why it was reopened
 * stay in the audit trail; the period row forgets the sign-off because it no longer holds.
 */
export function reopenPeriod(
  dataSource: DataSource,
  actor: Actor,
  cmd: { id: string; version: number; reason: string },
): Promise<VersionedRecord<'reporting_period'>> {
  const reason = cmd.reason.trim();
  if (reason === '') throw badInput([{ field: 'input.reason', message: 'Enter why the period is being reopened.' }]);
  return dataSource.transaction(async (manager) => {
    const state = await lockPeriodState(manager, cmd.id, 'update');
    const [period] = await queryRows<Pick<ReportingPeriodRow, 'strategy_id'> & Pick<StrategyRow, 'partnership_id'>>(
      manager,
      `SELECT rp.strategy_id, s.partnership_id FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE rp.id = $1`,
      [cmd.id],
    );
    if (!period || state === null) throw notFound('ReportingPeriod', cmd.id);
    const strategy = { id: period.strategy_id, partnershipId: period.partnership_id };
    AccessPolicy.assertCanRead(actor, strategy.partnershipId, { entity: 'ReportingPeriod', id: cmd.id });
    if (!actor.isAdministrator) AccessPolicy.assertCanReview(actor, strategy);
    if (state !== PeriodState.SignedOff)
      throw badInput([{ field: 'input.id', message: 'Only a signed-off period can be reopened.' }]);
    const { before, after } = await updateWithVersion(manager, {
      table: 'reporting_period',
      entity: 'ReportingPeriod',
      id: cmd.id,
      expectedVersion: cmd.version,
      set: { state: PeriodState.InReview, signedOffAt: null, signedOffById: null },
    });
    await writeAudit(manager, [
      {
        actorId: actor.personId,
        partnershipId: strategy.partnershipId,
        entityType: 'reporting_period',
        entityId: cmd.id,
        operation: 'reopen',
        changes: diffFields(before, after),
        reason,
      },
    ]);
    return after;
  });
}
