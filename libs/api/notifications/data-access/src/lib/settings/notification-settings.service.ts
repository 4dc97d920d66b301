import { Injectable } from '@nestjs/common';
import { diffFields, writeAudit } from '@waymark/api/audit/data-access';
import { Actor, badInput, conflict, type FieldProblem } from '@waymark/api/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import {
  effectiveDelivery,
  kindInfo,
  NOTIFICATION_KINDS,
  NotificationDelivery,
  type NotificationKind,
  type NotificationKindInfo,
} from '../kinds/notification-kinds';
import { queryRows, type NotificationSettingsRow } from '@waymark/api/database';

export interface NotificationPreferenceView extends NotificationKindInfo {
  readonly delivery: NotificationDelivery;
}

export interface NotificationSettingsView {
  /** 0 until the person first saves their settings. */
  readonly version: number;
  readonly preferences: readonly NotificationPreferenceView[];
}

export interface UpdateNotificationSettingsCommand {
  readonly version: number;
  readonly preferences: ReadonlyArray<{ readonly kind: NotificationKind; readonly delivery: NotificationDelivery }>;
}

/** `preferences` is jsonb: kind → delivery, as this service writes it. */
type SettingsRow = Pick<NotificationSettingsRow, 'version'> & { readonly preferences: Record<string, string> };

const CHOICE_WORDS: Record<NotificationDelivery, string> = {
  [NotificationDelivery.Immediate]: 'e-mailed at once',
  [NotificationDelivery.DailyDigest]: 'e-mailed in the daily summary',
  [NotificationDelivery.Off]: 'not e-mailed',
};

/** Each person's own notification settings: how each kind of notification is e-mailed. Nobody edits another's. */
@Injectable()
export class NotificationSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async read(actor: Actor): Promise<NotificationSettingsView> {
    return view(await this.load(this.dataSource.manager, actor.personId, false));
  }

  update(actor: Actor, cmd: UpdateNotificationSettingsCommand): Promise<NotificationSettingsView> {
    assertChoices(cmd);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, actor.personId, true);
      if ((before?.version ?? 0) !== cmd.version)
        throw conflict('NotificationSettings', actor.personId, cmd.version, before ? { ...before } : null);
      const preferences = {
        ...(before?.preferences ?? {}),
        ...Object.fromEntries(cmd.preferences.map((p) => [p.kind, p.delivery])),
      };
      const [after] = before
        ? await queryRows<SettingsRow>(
            manager,
            `WITH updated AS (
               UPDATE notification_settings SET preferences = $2::jsonb, version = version + 1, updated_at = now()
                WHERE person_id = $1 AND version = $3 RETURNING preferences, version
             ) SELECT * FROM updated`,
            [actor.personId, JSON.stringify(preferences), cmd.version],
          )
        : await queryRows<SettingsRow>(
            manager,
            `INSERT INTO notification_settings (person_id, preferences) VALUES ($1, $2::jsonb)
             ON CONFLICT (person_id) DO NOTHING RETURNING preferences, version`,
            [actor.personId, JSON.stringify(preferences)],
          );
      if (!after) throw conflict('NotificationSettings', actor.personId, cmd.version, null);
      await writeAudit(manager, [
        {
          actorId: actor.personId,
          partnershipId: actor.partnershipId,
          entityType: 'notification_settings',
          entityId: actor.personId,
          operation: before ? 'update' : 'create',
          changes: diffFields(before?.preferences ?? null, after.preferences),
        },
      ]);
      return view(after);
    });
  }

  private async load(manager: EntityManager, personId: string, forUpdate: boolean): Promise<SettingsRow | null> {
    const rows = await queryRows<SettingsRow>(
      manager,
      `SELECT preferences, version FROM notification_settings WHERE person_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [personId],
    );
    return rows[0] ?? null;
  }
}

function view(row: SettingsRow | null): NotificationSettingsView {
  return {
    version: row?.version ?? 0,
    preferences: NOTIFICATION_KINDS.map((info) => ({
      ...info,
      delivery: effectiveDelivery(info.kind, row?.preferences[info.kind]),
    })),
  };
}

/** A choice a kind does not offer is refused with the choices it does offer; nothing is saved. */
function assertChoices(cmd: UpdateNotificationSettingsCommand): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  cmd.preferences.forEach((p, i) => {
    const info = kindInfo(p.kind);
    const field = `input.preferences.${i}.delivery`;
    if (seen.has(p.kind))
      problems.push({
        field: `input.preferences.${i}.kind`,
        message: `“${info.label}” is listed twice; give each kind once.`,
      });
    seen.add(p.kind);
    if (!info.choices.includes(p.delivery)) {
      const offered = info.choices.map((c) => CHOICE_WORDS[c]).join(' or ');
      problems.push({
        field,
        message: info.essential
          ? `“${info.label}” is always e-mailed at once: it cannot be delayed or turned off.`
          : `“${info.label}” can only be ${offered}.`,
      });
    }
  });
  if (problems.length) throw badInput(problems);
}
