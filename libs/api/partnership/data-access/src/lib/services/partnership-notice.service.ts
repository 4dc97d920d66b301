import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import {
  camelRow,
  queryRows,
  type CamelRow,
  type PartnershipNoticeRow,
  type PartnershipRow,
} from '@waymark/api/database';
import { Actor, badInput, FieldProblem } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { updateAudited } from '../writes/audited-writes';

/** The administrator-completed parts of the accessibility statement and the privacy notice. Null means "not written yet". */
export type NoticeFields = Pick<
  CamelRow<PartnershipNoticeRow>,
  | 'organisationName'
  | 'contactEmail'
  | 'contactPhone'
  | 'dataController'
  | 'dataProtectionOfficer'
  | 'lawfulBasis'
  | 'retention'
  | 'processors'
>;

export const NOTICE_FIELDS: readonly (keyof NoticeFields)[] = [
  'organisationName',
  'contactEmail',
  'contactPhone',
  'dataController',
  'dataProtectionOfficer',
  'lawfulBasis',
  'retention',
  'processors',
];

export interface NoticeSettingsView extends NoticeFields {
  readonly partnershipId: string;
  /** 1 until the first save (the row is created then). */
  readonly version: number;
}

export interface PublishedNoticesView extends NoticeFields {
  /** Null when signed out on a deployment with several partnerships: the pages then show only default wording. */
  readonly partnershipName: string | null;
}

export type UpdateNoticeSettingsCommand = { readonly partnershipId: string; readonly version: number } & {
  readonly [K in keyof NoticeFields]?: string | null;
};

const EMPTY: NoticeFields = {
  organisationName: null,
  contactEmail: null,
  contactPhone: null,
  dataController: null,
  dataProtectionOfficer: null,
  lawfulBasis: null,
  retention: null,
  processors: null,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+()\-\s]{6,30}$/;

/** Reads and writes the partnership's notice fields (accessibility statement contacts, privacy notice details). */
@Injectable()
export class PartnershipNoticeService {
  constructor(private readonly dataSource: DataSource) {}

  async settings(actor: Actor, partnershipId: string): Promise<NoticeSettingsView> {
    AccessPolicy.assertAdministrator(actor, partnershipId, { entity: 'Partnership', id: partnershipId });
    return this.read(this.dataSource.manager, partnershipId);
  }

  /**
   * What the public pages show. Signed in: the person's partnership. Signed out: the deployment's only partnership
   * when there is exactly one (these pages must be readable before sign-in), otherwise defaults only.
   */
  async published(actor: Actor | undefined): Promise<PublishedNoticesView> {
    const rows = actor
      ? await queryRows<Pick<PartnershipRow, 'id' | 'name'>>(
          this.dataSource,
          `SELECT id, name FROM partnership WHERE id = $1`,
          [actor.partnershipId],
        )
      : await queryRows<Pick<PartnershipRow, 'id' | 'name'>>(
          this.dataSource,
          `SELECT id, name FROM partnership WHERE archived_at IS NULL LIMIT 2`,
        );
    if (rows.length !== 1) return { ...EMPTY, partnershipName: null };
    const settings = await this.read(this.dataSource.manager, rows[0].id);
    return { ...pickFields(settings), partnershipName: rows[0].name };
  }

  async update(actor: Actor, cmd: UpdateNoticeSettingsCommand): Promise<NoticeSettingsView> {
    AccessPolicy.assertAdministrator(actor, cmd.partnershipId, { entity: 'Partnership', id: cmd.partnershipId });
    const set: Record<string, string | null> = {};
    for (const field of NOTICE_FIELDS) if (cmd[field] !== undefined) set[field] = cmd[field]?.trim() || null;
    const problems: FieldProblem[] = [];
    if (set['contactEmail'] && !EMAIL.test(set['contactEmail']))
      problems.push({
        field: 'input.contactEmail',
        message: 'Enter an email address in the correct format, like accessibility@example.gov.uk',
      });
    if (set['contactPhone'] && !PHONE.test(set['contactPhone']))
      problems.push({ field: 'input.contactPhone', message: 'Enter a telephone number, like 01632 960 001' });
    if (problems.length) throw badInput(problems);
    return this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<Pick<PartnershipNoticeRow, 'id'>>(
        manager,
        `INSERT INTO partnership_notice (partnership_id) VALUES ($1)
         ON CONFLICT (partnership_id) DO UPDATE SET partnership_id = EXCLUDED.partnership_id RETURNING id`,
        [cmd.partnershipId],
      );
      await updateAudited(manager, actor, {
        table: 'partnership_notice',
        entityType: 'partnership_notice',
        id: rows[0].id,
        version: cmd.version,
        set,
      });
      return this.read(manager, cmd.partnershipId);
    });
  }

  private async read(manager: EntityManager, partnershipId: string): Promise<NoticeSettingsView> {
    const rows = await queryRows<PartnershipNoticeRow>(
      manager,
      `SELECT * FROM partnership_notice WHERE partnership_id = $1`,
      [partnershipId],
    );
    if (!rows[0]) return { ...EMPTY, partnershipId, version: 1 };
    const row = camelRow(rows[0]);
    return { ...pickFields(row), partnershipId, version: row.version };
  }
}

/** Written out field by field so the compiler checks every field is there (no cast of a built-up object). */
function pickFields(source: Partial<Record<keyof NoticeFields, string | null>>): NoticeFields {
  const field = (name: keyof NoticeFields): string | null => source[name] ?? null;
  return {
    organisationName: field('organisationName'),
    contactEmail: field('contactEmail'),
    contactPhone: field('contactPhone'),
    dataController: field('dataController'),
    dataProtectionOfficer: field('dataProtectionOfficer'),
    lawfulBasis: field('lawfulBasis'),
    retention: field('retention'),
    processors: field('processors'),
  };
}
