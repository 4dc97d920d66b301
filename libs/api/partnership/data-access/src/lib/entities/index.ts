import { GroupMembershipEntity } from './group-membership.entity';
import { OrganisationEntity } from './organisation.entity';
import { PartnershipGroupEntity } from './partnership-group.entity';
import { PartnershipEntity } from './partnership.entity';
import { PersonEntity } from './person.entity';

export { GroupMembershipEntity, OrganisationEntity, PartnershipGroupEntity, PartnershipEntity, PersonEntity };
export const partnershipEntities = [PartnershipEntity, OrganisationEntity, PersonEntity, PartnershipGroupEntity, GroupMembershipEntity];
