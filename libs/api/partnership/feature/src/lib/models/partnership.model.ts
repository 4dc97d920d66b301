import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RagDefinitions', {
  description: 'What each colour means for this partnership or strategy (defaults when not written).',
})
export class RagDefinitionsModel {
  @Field() red!: string;
  @Field() amber!: string;
  @Field() green!: string;
}

@ObjectType('Partnership', { description: 'The body that owns strategies.' })
export class PartnershipModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => RagDefinitionsModel) ragDefinitions!: RagDefinitionsModel;
  @Field({ description: 'IANA time zone of its deadlines and of "today" (default Europe/London).' }) timeZone!: string;
  @Field(() => Int) version!: number;
}
