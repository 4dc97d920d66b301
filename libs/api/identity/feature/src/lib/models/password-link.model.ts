import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PasswordLinkPurpose {
  Invitation = 'invitation',
  PasswordReset = 'password_reset',
}
registerEnumType(PasswordLinkPurpose, {
  name: 'PasswordLinkPurpose',
  description: 'Why a one-time set-password link was sent.',
});

@ObjectType('PasswordLink', { description: 'Who a live one-time link is for (the link itself is never returned).' })
export class PasswordLinkModel {
  @Field(() => PasswordLinkPurpose) purpose!: PasswordLinkPurpose;
  @Field() fullName!: string;
  @Field() email!: string;
}
