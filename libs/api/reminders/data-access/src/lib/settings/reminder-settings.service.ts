import { Injectable } from '@nestjs/common';
import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { camelRow, queryRows, type ReminderSettingsRow, type StrategyRow } from '@waymark/api/database';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { type Actor, badInput, conflict, notFound } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { DEFAULT_REMINDER_SETTINGS, reminderSettingsProblems, type ReminderSettingsValues } from './reminder-settings';

export interface ReminderSettingsView extends ReminderSettingsValues {
  readonly strategyId: string;
  /** 1 until first saved (the defaults). */
  readonly version: number;
}

export interface UpdateReminderSettingsCommand extends ReminderSettingsValues {
  readonly strategyId: string;
  readonly version: number;
}

const COLUMNS = `strategy_id, reminder_enabled, reminder_days_before, chaser_enabled, chaser_days_after, escalation_enabled, escalation_days_after, version`;
/** The settings row as COLUMNS selects it. */
type SettingsRow = Omit<ReminderSettingsRow, 'updated_at'>;
/** The strategy LEFT JOIN its settings: the settings' columns are null until they are first saved. */
type StrategySettingsRow = Pick<StrategyRow, 'partnership_id'> &
  Pick<SettingsRow, 'strategy_id'> & { [K in Exclude<keyof SettingsRow, 'strategy_id'>]: SettingsRow[K] | null };

/** A strategy's reminder settings: the defaults until an administrator saves them. */
@Injectable()
export class ReminderSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async settings(actor: Actor, strategyId: string): Promise<ReminderSettingsView> {
    const [row] = await queryRows<StrategySettingsRow>(
      this.dataSource,
      `SELECT s.partnership_id, ${COLUMNS.split(', ')
        .map((c) => (c === 'strategy_id' ? 's.id AS strategy_id' : `r.${c}`))
        .join(', ')}
         FROM strategy s LEFT JOIN reminder_settings r ON r.strategy_id = s.id WHERE s.id = $1`,
      [strategyId],
    );
    if (!row) throw notFound('Strategy', strategyId);
    AccessPolicy.assertAdministrator(actor, row.partnership_id, { entity: 'Strategy', id: strategyId });
    return isStored(row) ? toView(row) : { strategyId, ...DEFAULT_REMINDER_SETTINGS, version: 1 };
  }

  async update(actor: Actor, cmd: UpdateReminderSettingsCommand): Promise<ReminderSettingsView> {
    const values: ReminderSettingsValues = {
      reminderEnabled: cmd.reminderEnabled,
      reminderDaysBefore: cmd.reminderDaysBefore,
      chaserEnabled: cmd.chaserEnabled,
      chaserDaysAfter: cmd.chaserDaysAfter,
      escalationEnabled: cmd.escalationEnabled,
      escalationDaysAfter: cmd.escalationDaysAfter,
    };
    await this.settings(actor, cmd.strategyId); // not found / forbidden before anything is said about the values
    const problems = reminderSettingsProblems(values);
    if (problems.length) throw badInput(problems);
    return this.dataSource.transaction(async (manager) => {
      // The defaults become a stored row (version 1) the first time they are changed, so the version check applies.
      await manager.query(
        `INSERT INTO reminder_settings (strategy_id) VALUES ($1) ON CONFLICT (strategy_id) DO NOTHING`,
        [cmd.strategyId],
      );
      const [before] = await queryRows<SettingsRow>(
        manager,
        `SELECT ${COLUMNS} FROM reminder_settings WHERE strategy_id = $1 FOR UPDATE`,
        [cmd.strategyId],
      );
      if (before.version !== cmd.version)
        throw conflict('Reminder settings', cmd.strategyId, cmd.version, { ...toView(before) });
      const updated = await queryRows<SettingsRow>(
        manager,
        `WITH u AS (
           UPDATE reminder_settings SET reminder_enabled = $2, reminder_days_before = $3, chaser_enabled = $4, chaser_days_after = $5,
                  escalation_enabled = $6, escalation_days_after = $7, version = version + 1, updated_at = now()
            WHERE strategy_id = $1 RETURNING ${COLUMNS}
         ) SELECT * FROM u`,
        [
          cmd.strategyId,
          values.reminderEnabled,
          values.reminderDaysBefore,
          values.chaserEnabled,
          values.chaserDaysAfter,
          values.escalationEnabled,
          values.escalationDaysAfter,
        ],
      );
      const after = toView(updated[0]);
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: actor.partnershipId,
          entityType: 'reminder_settings',
          entityId: cmd.strategyId,
          operation: 'update',
          changes: diffFields({ ...toView(before) }, { ...after }),
        },
      ]);
      return after;
    });
  }
}

function isStored(row: StrategySettingsRow): row is StrategySettingsRow & SettingsRow {
  return row.version !== null;
}

function toView(row: SettingsRow): ReminderSettingsView {
  const r = camelRow(row);
  return {
    strategyId: r.strategyId,
    reminderEnabled: r.reminderEnabled,
    reminderDaysBefore: r.reminderDaysBefore,
    chaserEnabled: r.chaserEnabled,
    chaserDaysAfter: r.chaserDaysAfter,
    escalationEnabled: r.escalationEnabled,
    escalationDaysAfter: r.escalationDaysAfter,
    version: r.version,
  };
}
