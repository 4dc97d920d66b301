import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '@waymark/api/identity/data-access';
import { Actor, badInput } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import {
  archiveAudited,
  insertAudited,
  isUniqueViolation,
  loadForWrite,
  updateAudited,
} from '../writes/audited-writes';
import { OrganisationView } from '../views';
import { PartnershipReadService } from './partnership-read.service';
import { queryRows } from '@waymark/api/database';

export interface OrganisationFields {
  readonly name?: string;
  readonly shortName?: string | null;
}
export interface VersionedRef {
  readonly id: string;
  readonly version: number;
}

/** Administrator writes for partner organisations. */
@Injectable()
export class OrganisationWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: PartnershipReadService,
  ) {}

  async create(actor: Actor, input: OrganisationFields & { name: string }): Promise<OrganisationView> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const row = await this.write(async (manager) => {
      const [{ next }] = await queryRows<{ next: number }>(
        manager,
        `SELECT coalesce(max(sort_order), 0) + 1 AS next FROM organisation WHERE partnership_id = $1`,
        [actor.partnershipId],
      );
      return insertAudited(manager, actor, {
        table: 'organisation',
        entityType: 'Organisation',
        values: {
          partnershipId: actor.partnershipId,
          name: input.name.trim(),
          shortName: input.shortName ?? null,
          sortOrder: next,
        },
      });
    });
    return this.reads.organisation(actor, row.id);
  }

  async update(actor: Actor, input: VersionedRef & OrganisationFields): Promise<OrganisationView> {
    await this.write(async (manager) => {
      const before = await loadForWrite(manager, 'organisation', 'Organisation', input.id);
      AccessPolicy.assertAdministrator(actor, before.partnershipId, { entity: 'Organisation', id: input.id });
      await updateAudited(manager, actor, {
        table: 'organisation',
        entityType: 'Organisation',
        id: input.id,
        version: input.version,
        set: { name: input.name?.trim(), shortName: input.shortName },
      });
    });
    return this.reads.organisation(actor, input.id);
  }

  async archive(actor: Actor, input: VersionedRef): Promise<OrganisationView> {
    await this.write(async (manager) => {
      const before = await loadForWrite(manager, 'organisation', 'Organisation', input.id);
      AccessPolicy.assertAdministrator(actor, before.partnershipId, { entity: 'Organisation', id: input.id });
      await archiveAudited(manager, actor, {
        table: 'organisation',
        entityType: 'Organisation',
        id: input.id,
        version: input.version,
      });
    });
    return this.reads.organisation(actor, input.id);
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error))
        throw badInput([{ field: 'input.name', message: 'An organisation with this name already exists.' }]);
      throw error;
    }
  }
}
