import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import {
  queryRows,
  updateWithVersion,
  type DomainRow,
  type ReportingPeriodRow,
  type StrategyRow,
  type VersionedRecord,
} from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput, notFound } from '@waymark/api/shared/util';
import { PeriodState, localDate } from '@waymark/shared/domain';
import { DataSource } from 'typeorm';
import { freezeAtSignOff } from '@waymark/api/reporting/data-access';
import { lockPeriodState } from './period-lock';
import type { ProgressEvents } from '../events/progress-events';

type PeriodOwnerRow = DomainRow<
  Pick<ReportingPeriodRow, 'id' | 'state' | 'strategy_id'> & Pick<StrategyRow, 'partnership_id'>
>;

const ALLOWED_MOVES: Record<PeriodState, PeriodState[]> = {
  [PeriodState.Open]: [PeriodState.InReview],
  [PeriodState.InReview]: [PeriodState.Open, PeriodState.SignedOff],
  [PeriodState.SignedOff]: [],
};

/** open → in_review → signed_off (and in_review → open). Sign-off locks the period's updates; reopening a signed-off one is `reopenPeriod`. */
export function setPeriodState(
  dataSource: DataSource,
  actor: Actor,
  cmd: { id: string; version: number; state: PeriodState },
  events: ProgressEvents,
): Promise<VersionedRecord<'reporting_period'>> {
  return dataSource.transaction(async (manager) => {
    await lockPeriodState(manager, cmd.id, 'update');
    const [period] = await queryRows<PeriodOwnerRow>(
      manager,
      `SELECT rp.id, rp.state, rp.strategy_id, s.partnership_id FROM reporting_period rp JOIN strategy s ON s.id = rp.strategy_id WHERE rp.id = $1`,
      [cmd.id],
    );
    if (!period) throw notFound('ReportingPeriod', cmd.id);
    const strategy = { id: period.strategy_id, partnershipId: period.partnership_id };
    AccessPolicy.assertCanRead(actor, strategy.partnershipId, { entity: 'ReportingPeriod', id: cmd.id });
    const signingOff = cmd.state === PeriodState.SignedOff;
    // Administrators manage the period calendar; only the accountable group signs off.
    if (signingOff || !actor.isAdministrator) AccessPolicy.assertCanReview(actor, strategy);
    const from = period.state;
    if (!ALLOWED_MOVES[from].includes(cmd.state)) {
      throw badInput([
        {
          field: 'input.state',
          message: `a period cannot move from ${from} to ${cmd.state}${from === PeriodState.SignedOff ? ' (reopen it with a reason, or correct its updates)' : ''}.`,
        },
      ]);
    }
    const { before, after } = await updateWithVersion(manager, {
      table: 'reporting_period',
      entity: 'ReportingPeriod',
      id: cmd.id,
      expectedVersion: cmd.version,
      set: signingOff
        ? { state: cmd.state, signedOffAt: new Date(), signedOffById: actor.personId }
        : { state: cmd.state },
    });
    // The board report is frozen in the sign-off's transaction: exactly the data that was signed off.
    if (signingOff) await freezeAtSignOff(manager, cmd.id, actor.personId, localDate(new Date(), actor.timeZone));
    if (signingOff) await events.periodSignedOff(manager, { periodId: cmd.id, actorId: actor.personId });
    await writeAudit(manager, [
      {
        actorId: actor.personId,
        partnershipId: strategy.partnershipId,
        entityType: 'reporting_period',
        entityId: cmd.id,
        operation: signingOff ? 'sign_off' : 'update',
        changes: diffFields(before, after),
      },
    ]);
    return after;
  });
}
