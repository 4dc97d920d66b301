import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ObjectType('SingleSignOnLink', { description: "A person's link to a single sign-on account. Administrators." })
export class SingleSignOnLinkModel {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field() email!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The provider (issuer URL) the person is linked to; null when not linked.',
  })
  issuer!: string | null;
}

@InputType('ClearSingleSignOnLinkInput')
export class ClearSingleSignOnLinkInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) personId!: string;
}
