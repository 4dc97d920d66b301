import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionModel } from './action.model';

/** Where a search found its words (the data-access SearchMatchField values). */
export enum SearchMatchField {
  ref = 'ref',
  title = 'title',
  description = 'description',
  narrative = 'narrative',
}
registerEnumType(SearchMatchField, {
  name: 'SearchMatchField',
  description: "The part of an action a search matched: its reference, title, description or an update's narrative.",
});

@ObjectType('SnippetPart', {
  description: 'A piece of matched text; render as text, emphasising the highlighted pieces.',
})
export class SnippetPartModel {
  @Field() text!: string;
  @Field() highlighted!: boolean;
}

@ObjectType('ActionSearchHit')
export class ActionSearchHitModel {
  @Field(() => ActionModel) action!: ActionModel;
  @Field(() => Float, {
    description: 'Higher is better: exact reference, then title, description, then narrative matches.',
  })
  score!: number;
  @Field(() => [SearchMatchField], { description: 'Where the words were found, most telling first.' })
  matchedIn!: SearchMatchField[];
  @Field(() => [SnippetPartModel]) snippet!: SnippetPartModel[];
  @Field(() => SearchMatchField, { description: 'The field the snippet is taken from.' })
  snippetField!: SearchMatchField;
  @Field(() => String, { nullable: true, description: 'The period of the latest update whose narrative matched.' })
  narrativePeriodName!: string | null;
}

@ObjectType('ActionSearchResult')
export class ActionSearchResultModel {
  @Field(() => [ActionSearchHitModel], { description: 'The best matches first, at most 50.' })
  hits!: ActionSearchHitModel[];
  @Field(() => Int, { description: 'Every matching action after filters.' }) total!: number;
}
