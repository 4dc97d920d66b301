import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionModel } from './action.model';

@ObjectType('Objective')
export class ObjectiveModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) strategyId!: string;
  @Field(() => ID) themeId!: string;
  @Field() title!: string;
  @Field(() => Int, { description: 'Position within its theme (derived).' }) number!: number;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  @Field(() => [ActionModel]) actions!: ActionModel[];
}

@ObjectType('Theme', { description: 'A numbered theme (e.g. "Strategic Aim 1") of a strategy.' })
export class ThemeModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) strategyId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { description: 'Position within the strategy (derived): 1, 2, 3…' }) number!: number;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  @Field(() => [ObjectiveModel]) objectives!: ObjectiveModel[];
  @Field(() => [ActionModel], { description: 'Actions directly under the theme, with no objective.' })
  actions!: ActionModel[];
}
