import { Injectable } from '@nestjs/common';
import { writeAudit } from '@waymark/api/audit/data-access';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput } from '@waymark/api/shared/util';
import { GroupKind } from '@waymark/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import {
  archiveAudited,
  insertAudited,
  isUniqueViolation,
  loadForWrite,
  missingIds,
  returnedRows,
  updateAudited,
} from '../writes/audited-writes';
import { GroupView } from '../views';
import { PartnershipReadService } from './partnership-read.service';
import { VersionedRef } from './organisation-write.service';
import { queryRows, type GroupMembershipRow } from '@waymark/api/database';

export interface GroupFields {
  readonly name?: string;
  readonly kind?: GroupKind;
  readonly description?: string | null;
}

export interface GroupMemberChange {
  readonly groupId: string;
  readonly personId: string;
  readonly isChair?: boolean;
}

/** Administrator writes for governance groups and their membership. */
@Injectable()
export class GroupWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: PartnershipReadService,
  ) {}

  async create(actor: Actor, input: GroupFields & { name: string; kind: GroupKind }): Promise<GroupView> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const row = await this.write(async (manager) => {
      const [{ next }] = await queryRows<{ next: number }>(
        manager,
        `SELECT coalesce(max(sort_order), 0) + 1 AS next FROM partnership_group WHERE partnership_id = $1`,
        [actor.partnershipId],
      );
      return insertAudited(manager, actor, {
        table: 'partnership_group',
        entityType: 'Group',
        values: {
          partnershipId: actor.partnershipId,
          name: input.name.trim(),
          kind: input.kind,
          description: input.description ?? null,
          sortOrder: next,
        },
      });
    });
    return this.reads.group(actor, row.id);
  }

  async update(actor: Actor, input: VersionedRef & GroupFields): Promise<GroupView> {
    await this.write(async (manager) => {
      const before = await loadForWrite(manager, 'partnership_group', 'Group', input.id);
      AccessPolicy.assertAdministrator(actor, before.partnershipId, { entity: 'Group', id: input.id });
      await updateAudited(manager, actor, {
        table: 'partnership_group',
        entityType: 'Group',
        id: input.id,
        version: input.version,
        set: { name: input.name?.trim(), kind: input.kind, description: input.description },
      });
    });
    return this.reads.group(actor, input.id);
  }

  async archive(actor: Actor, input: VersionedRef): Promise<GroupView> {
    await this.write(async (manager) => {
      const before = await loadForWrite(manager, 'partnership_group', 'Group', input.id);
      AccessPolicy.assertAdministrator(actor, before.partnershipId, { entity: 'Group', id: input.id });
      await archiveAudited(manager, actor, {
        table: 'partnership_group',
        entityType: 'Group',
        id: input.id,
        version: input.version,
      });
    });
    return this.reads.group(actor, input.id);
  }

  /** Adds (or updates the chair flag of) a membership; idempotent. */
  async addMember(actor: Actor, input: GroupMemberChange): Promise<GroupView> {
    await this.dataSource.transaction(async (manager) => {
      const group = await loadForWrite(manager, 'partnership_group', 'Group', input.groupId);
      AccessPolicy.assertAdministrator(actor, group.partnershipId, { entity: 'Group', id: input.groupId });
      if ((await missingIds(manager, 'person', group.partnershipId, [input.personId])).length) {
        throw badInput([{ field: 'input.personId', message: 'No such person in this partnership.' }]);
      }
      const rows = await queryRows<Pick<GroupMembershipRow, 'id'>>(
        manager,
        `INSERT INTO group_membership (group_id, person_id, is_chair) VALUES ($1, $2, $3)
         ON CONFLICT (group_id, person_id) DO UPDATE SET is_chair = EXCLUDED.is_chair RETURNING id`,
        [input.groupId, input.personId, input.isChair ?? false],
      );
      await this.audit(manager, actor, input, 'add_member', rows[0].id);
    });
    return this.reads.group(actor, input.groupId);
  }

  async removeMember(actor: Actor, input: GroupMemberChange): Promise<GroupView> {
    await this.dataSource.transaction(async (manager) => {
      const group = await loadForWrite(manager, 'partnership_group', 'Group', input.groupId);
      AccessPolicy.assertAdministrator(actor, group.partnershipId, { entity: 'Group', id: input.groupId });
      const rows = returnedRows<{ id: string }>(
        await manager.query(`DELETE FROM group_membership WHERE group_id = $1 AND person_id = $2 RETURNING id`, [
          input.groupId,
          input.personId,
        ]),
      );
      if (rows.length === 0)
        throw badInput([{ field: 'input.personId', message: 'This person is not a member of the group.' }]);
      await this.audit(manager, actor, input, 'remove_member', rows[0].id);
    });
    return this.reads.group(actor, input.groupId);
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    input: GroupMemberChange,
    operation: string,
    membershipId: string,
  ): Promise<void> {
    return writeAudit(manager, [
      {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        entityType: 'Group',
        entityId: input.groupId,
        operation,
        changes: {
          member: {
            before: operation === 'add_member' ? null : input.personId,
            after: operation === 'add_member' ? input.personId : null,
          },
          membershipId: { before: null, after: membershipId },
        },
      },
    ]);
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error))
        throw badInput([{ field: 'input.name', message: 'A group with this name already exists.' }]);
      throw error;
    }
  }
}
