import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeriodState } from '@waymark/shared/domain';

@ObjectType('RagShare', {
  description: 'Actions counted Red, Amber, Green and not rated, each with its whole-number percentage of the total.',
})
export class RagShareModel {
  @Field(() => Int) red!: number;
  @Field(() => Int) amber!: number;
  @Field(() => Int) green!: number;
  @Field(() => Int, { description: 'No update, an unsubmitted draft, or RAG not applicable (not started, complete…).' })
  notRated!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int) redPercent!: number;
  @Field(() => Int) amberPercent!: number;
  @Field(() => Int) greenPercent!: number;
  @Field(() => Int) notRatedPercent!: number;
}

@ObjectType('RagTrendThemeShare')
export class RagTrendThemeShareModel extends RagShareModel {
  @Field(() => ID) themeId!: string;
}

@ObjectType('RagTrendTheme')
export class RagTrendThemeModel {
  @Field(() => ID) themeId!: string;
  @Field(() => Int, { description: 'Position of the theme in the strategy.' }) number!: number;
  @Field() title!: string;
}

@ObjectType('RagTrendPeriod')
export class RagTrendPeriodModel {
  @Field(() => ID) periodId!: string;
  @Field() name!: string;
  @Field(() => PeriodState) state!: PeriodState;
  @Field({ description: 'Counted from the board report frozen at sign-off.' }) frozen!: boolean;
  @Field(() => RagShareModel, { description: 'Every theme together.' }) all!: RagShareModel;
  @Field(() => [RagTrendThemeShareModel], { description: 'One per theme, in the order of `RagTrend.themes`.' })
  themes!: RagTrendThemeShareModel[];
}

@ObjectType('RagTrend', {
  description:
    'RAG counts per reporting period (signed off, in review, and the current one; oldest first) and per theme.',
})
export class RagTrendModel {
  @Field() heading!: string;
  @Field({ description: 'The strategy\'s word for a theme ("Strategic Aim").' }) themeLabel!: string;
  @Field(() => [RagTrendThemeModel]) themes!: RagTrendThemeModel[];
  @Field(() => [RagTrendPeriodModel]) periods!: RagTrendPeriodModel[];
}
