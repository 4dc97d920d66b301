import { Injectable } from '@nestjs/common';
import { ActorLoader } from '@waymark/api/identity/data-access';
import { GroupKind, unauthenticated } from '@waymark/api/shared/util';
import { DataSource } from 'typeorm';
import { CurrentUserModel, UserRole } from './models/current-user.model';

@Injectable()
export class CurrentUserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actors: ActorLoader,
  ) {}

  /** Two statements: the actor (memberships) and the person's profile with their groups. */
  async describe(personId: string): Promise<CurrentUserModel> {
    const actor = await this.actors.load(personId);
    if (!actor) throw unauthenticated();
    const [row]: Array<{
      email: string;
      job_title: string | null;
      groups: Array<{ id: string; name: string; kind: GroupKind; isChair: boolean }>;
    }> = await this.dataSource.query(
      `SELECT p.email, p.job_title,
                COALESCE(json_agg(json_build_object('id', g.id, 'name', g.name, 'kind', g.kind, 'isChair', gm.is_chair)
                                  ORDER BY g.sort_order, g.name) FILTER (WHERE g.id IS NOT NULL), '[]') AS groups
           FROM person p
           LEFT JOIN group_membership gm ON gm.person_id = p.id
           LEFT JOIN partnership_group g ON g.id = gm.group_id AND g.archived_at IS NULL
          WHERE p.id = $1
          GROUP BY p.id`,
      [personId],
    );
    const roles: UserRole[] = [];
    if (actor.isAdministrator) roles.push(UserRole.Administrator);
    if (actor.reviewerOfStrategyIds.length > 0) roles.push(UserRole.SeniorOfficer);
    if (actor.deliveryGroupIds.length > 0) roles.push(UserRole.DeliveryLead);
    roles.push(UserRole.Viewer);
    return {
      personId: actor.personId,
      partnershipId: actor.partnershipId,
      fullName: actor.fullName,
      email: row.email,
      jobTitle: row.job_title,
      isAdministrator: actor.isAdministrator,
      roles,
      groups: row.groups,
      deliveryGroupIds: [...actor.deliveryGroupIds],
      reviewerOfStrategyIds: [...actor.reviewerOfStrategyIds],
    };
  }
}
