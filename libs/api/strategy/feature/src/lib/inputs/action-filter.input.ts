import { Field, ID, InputType } from '@nestjs/graphql';
import { LifecycleStatus, Rag } from '@waymark/api/shared/util';
import { IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { IsId } from './validators';

@InputType('ActionFilterInput', { description: 'Every given criterion must hold (AND); lists mean any of (OR).' })
export class ActionFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() strategyId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() themeId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() objectiveId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() deliveryGroupId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() leadOrganisationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() leadPersonId?: string | null;
  @Field(() => [LifecycleStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(LifecycleStatus, { each: true, message: 'each value must be a lifecycle status' })
  lifecycleStatuses?: LifecycleStatus[] | null;
  @Field(() => [Rag], {
    nullable: true,
    description: 'Effective RAG (validated, else proposed) in ragPeriodId, or in the latest update.',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(Rag, { each: true, message: 'each value must be red, amber or green' })
  rags?: Rag[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() ragPeriodId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only overdue; false: only not overdue.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Actions of that period’s strategy with no update for it.' })
  @IsOptional()
  @IsId()
  missingUpdateForPeriodId?: string | null;
}
