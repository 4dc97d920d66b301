import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ThemeRagDistribution', { description: 'Counts of actions by effective RAG in one theme for one period.' })
export class ThemeRagDistributionModel {
  @Field(() => ID) themeId!: string;
  @Field(() => Int) themeNumber!: number;
  @Field() themeTitle!: string;
  @Field(() => Int) red!: number;
  @Field(() => Int) amber!: number;
  @Field(() => Int) green!: number;
  @Field(() => Int, { description: 'No update, or RAG not applicable (not in progress or ongoing).' })
  notRated!: number;
  @Field(() => Int) total!: number;
}
