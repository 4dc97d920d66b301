import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Organisation', { description: 'A partner organisation (council, police, NHS trust, charity…).' })
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}
