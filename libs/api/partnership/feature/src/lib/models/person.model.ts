import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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
}
