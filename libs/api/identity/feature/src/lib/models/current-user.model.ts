import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GroupKind } from '@waymark/api/shared/util';

export enum UserRole {
  Administrator = 'administrator',
  SeniorOfficer = 'senior_officer',
  DeliveryLead = 'delivery_lead',
  Viewer = 'viewer',
}
registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'Roles derived from memberships; a person may hold several. Every signed-in person is a viewer.',
});

@ObjectType('CurrentUserGroup')
export class CurrentUserGroupModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => GroupKind) kind!: GroupKind;
  @Field() isChair!: boolean;
}

@ObjectType('CurrentUser', { description: 'The signed-in person, their roles and groups.' })
export class CurrentUserModel {
  @Field(() => ID) personId!: string;
  @Field(() => ID) partnershipId!: string;
  @Field() fullName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
  @Field() isAdministrator!: boolean;
  @Field(() => [UserRole]) roles!: UserRole[];
  @Field(() => [CurrentUserGroupModel]) groups!: CurrentUserGroupModel[];
  @Field(() => [ID], { description: 'Delivery groups the person belongs to (delivery lead role).' })
  deliveryGroupIds!: string[];
  @Field(() => [ID], { description: 'Strategies whose accountable group the person sits on (senior officer role).' })
  reviewerOfStrategyIds!: string[];
}
