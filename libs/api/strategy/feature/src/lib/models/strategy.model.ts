import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RagDefinitionsModel } from '@waymark/api/partnership/feature';
import { ReportingPeriodModel } from '@waymark/api/progress/feature';
import { ReportingCadence } from '@waymark/api/shared/util';
import { ThemeModel } from './theme.model';

@ObjectType('Strategy', {
  description: 'A strategy or plan with its whole tree: themes → objectives → actions, and its periods.',
})
export class StrategyModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentStrategyId!: string | null;
  @Field(() => String, { nullable: true }) parentStrategyTitle!: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) shortTitle!: string | null;
  @Field({ description: 'ISO date' }) startsOn!: string;
  @Field({ description: 'ISO date' }) endsOn!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) vision!: string | null;
  @Field(() => [String]) principles!: string[];
  @Field(() => ID, { nullable: true }) accountableGroupId!: string | null;
  @Field(() => String, { nullable: true }) accountableGroupName!: string | null;
  @Field(() => ReportingCadence) reportingCadence!: ReportingCadence;
  @Field({ description: 'Label of the theme level, e.g. "Strategic Aim".' }) themeLabel!: string;
  @Field() objectiveLabel!: string;
  @Field() actionLabel!: string;
  @Field({ description: 'False when actions sit directly under themes.' }) hasObjectiveLevel!: boolean;
  @Field(() => RagDefinitionsModel) ragDefinitions!: RagDefinitionsModel;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => [ReportingPeriodModel], { description: 'Reporting periods in date order.' })
  periods!: ReportingPeriodModel[];
  @Field(() => [ThemeModel]) themes!: ThemeModel[];
}
