import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AccountStatus {
  NotInvited = 'not_invited',
  Invited = 'invited',
  Active = 'active',
  Deactivated = 'deactivated',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description:
    'Whether a person can sign in: not invited yet, invited (a live invitation), active (has a password), or deactivated.',
});

@ObjectType('Person', { description: 'Someone in the partnership (credentials are never exposed).' })
export class PersonModel {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
  @Field() isAdministrator!: boolean;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => AccountStatus, {
    nullable: true,
    description: 'Administrators only (null for anyone else): see PersonAccountFieldsResolver.',
  })
  accountStatus!: `${AccountStatus}`;
  @Field(() => Date, { nullable: true, description: 'Administrators only (null for anyone else).' })
  deactivatedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Administrators only (null for anyone else).' })
  lastSignedInAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the live invitation expires, if there is one. Administrators only (null for anyone else).',
  })
  invitationExpiresAt!: Date | null;
}
