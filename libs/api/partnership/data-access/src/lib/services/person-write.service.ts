import { Injectable } from '@nestjs/common';
import { AccessPolicy, followEmailChange, logSecurityEvent } from '@waymark/api/identity/data-access';
import { Actor, badInput, emailCannotBeUsed } from '@waymark/api/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import {
  archiveAudited,
  insertAudited,
  isUniqueViolation,
  loadForWrite,
  missingIds,
  updateAudited,
} from '../writes/audited-writes';
import { PersonView } from '../views';
import { PartnershipReadService } from './partnership-read.service';
import { VersionedRef } from './organisation-write.service';

export interface PersonFields {
  readonly fullName?: string;
  readonly email?: string;
  readonly jobTitle?: string | null;
  readonly organisationId?: string | null;
  readonly isAdministrator?: boolean;
}

/** The audit row is the person's own update row (changes.isAdministrator); this is its security log line. */
function logRoleChange(actor: Actor, personId: string, granted: boolean): void {
  logSecurityEvent({
    type: 'role_changed',
    personId,
    partnershipId: actor.partnershipId,
    actorId: actor.personId,
    detail: granted ? 'administrator granted' : 'administrator removed',
  });
}

/** Administrator writes for people (no passwords here: identity owns credentials). */
@Injectable()
export class PersonWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: PartnershipReadService,
  ) {}

  async create(actor: Actor, input: PersonFields & { fullName: string; email: string }): Promise<PersonView> {
    AccessPolicy.assertAdministrator(actor, actor.partnershipId);
    const row = await this.write(async (manager) => {
      await this.checkOrganisation(manager, actor.partnershipId, input.organisationId);
      return insertAudited(manager, actor, {
        table: 'person',
        entityType: 'Person',
        values: {
          partnershipId: actor.partnershipId,
          fullName: input.fullName.trim(),
          email: input.email.trim(),
          jobTitle: input.jobTitle ?? null,
          organisationId: input.organisationId ?? null,
          isAdministrator: input.isAdministrator ?? false,
        },
      });
    });
    if (input.isAdministrator) logRoleChange(actor, row.id, true);
    return this.reads.person(actor, row.id);
  }

  async update(actor: Actor, input: VersionedRef & PersonFields): Promise<PersonView> {
    const wasAdministrator = await this.write(async (manager) => {
      const before = await loadForWrite(manager, 'person', 'Person', input.id);
      AccessPolicy.assertAdministrator(actor, before.partnershipId, { entity: 'Person', id: input.id });
      await this.checkOrganisation(manager, before.partnershipId, input.organisationId);
      const email = input.email?.trim();
      if (input.id === actor.personId && input.isAdministrator === false) {
        throw badInput([{ field: 'input.isAdministrator', message: 'You cannot remove your own administrator role.' }]);
      }
      await updateAudited(manager, actor, {
        table: 'person',
        entityType: 'Person',
        id: input.id,
        version: input.version,
        set: {
          fullName: input.fullName?.trim(),
          email,
          jobTitle: input.jobTitle,
          organisationId: input.organisationId,
          isAdministrator: input.isAdministrator,
        },
      });
      if (email !== undefined && before.accountId && email.toLowerCase() !== before.email.toLowerCase()) {
        await followEmailChange(manager, input.id, before.accountId, email);
      }
      return before.isAdministrator;
    });
    if (input.isAdministrator !== undefined && input.isAdministrator !== wasAdministrator)
      logRoleChange(actor, input.id, input.isAdministrator);
    return this.reads.person(actor, input.id);
  }

  async archive(actor: Actor, input: VersionedRef): Promise<PersonView> {
    await this.write(async (manager) => {
      const before = await loadForWrite(manager, 'person', 'Person', input.id);
      AccessPolicy.assertAdministrator(actor, before.partnershipId, { entity: 'Person', id: input.id });
      if (input.id === actor.personId) throw badInput([{ field: 'input.id', message: 'You cannot archive yourself.' }]);
      await archiveAudited(manager, actor, {
        table: 'person',
        entityType: 'Person',
        id: input.id,
        version: input.version,
      });
    });
    return this.reads.person(actor, input.id);
  }

  private async checkOrganisation(
    manager: EntityManager,
    partnershipId: string,
    organisationId: string | null | undefined,
  ): Promise<void> {
    if (!organisationId) return;
    if ((await missingIds(manager, 'organisation', partnershipId, [organisationId])).length) {
      throw badInput([{ field: 'input.organisationId', message: 'No such organisation in this partnership.' }]);
    }
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw emailCannotBeUsed();
      throw error;
    }
  }
}
