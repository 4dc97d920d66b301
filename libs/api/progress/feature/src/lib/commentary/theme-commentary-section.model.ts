import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ThemeCommentaryModel } from '../writes/progress-activity.models';

@ObjectType('ThemeCommentarySection', { description: "One theme's commentary paragraphs for a period, in order." })
export class ThemeCommentarySectionModel {
  @Field(() => ID) themeId!: string;
  @Field(() => Int, { description: '1, 2, 3… in theme order.' }) themeNumber!: number;
  @Field() themeTitle!: string;
  @Field(() => [ThemeCommentaryModel]) paragraphs!: ThemeCommentaryModel[];
}
