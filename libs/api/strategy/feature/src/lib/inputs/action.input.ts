import { Field, ID, InputType } from '@nestjs/graphql';
import { LifecycleStatus } from '@waymark/api/shared/util';
import { IsArray, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId, IsIsoDate } from './validators';
import { VersionField } from './version';

@InputType('ActionFieldsInput', { isAbstract: true })
abstract class ActionOptionalFields {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() objectiveId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'must be 40 characters or fewer' })
  ref?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'must be 10,000 characters or fewer' })
  description?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() leadOrganisationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() leadPersonId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() deliveryGroupId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @IsId({ each: true }) supportingOrganisationIds?:
    | string[]
    | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) @IsOptional() @IsIsoDate() startsOn?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'ISO date. Changing it keeps originalDueOn and counts a reschedule.',
  })
  @IsOptional()
  @IsIsoDate()
  currentDueOn?: string | null;
  @Field(() => LifecycleStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LifecycleStatus, { message: 'Choose a lifecycle status' })
  lifecycleStatus?: LifecycleStatus;
}

@InputType('CreateActionInput')
export class CreateActionInput extends ActionOptionalFields {
  @Field(() => ID) @IsId() themeId!: string;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the action title' })
  @MaxLength(2000, { message: 'must be 2,000 characters or fewer' })
  title!: string;
}

@InputType('UpdateActionInput')
export class UpdateActionInput extends ActionOptionalFields {
  @Field(() => ID) @IsId() id!: string;
  @VersionField() version!: number;
  @Field(() => ID, { nullable: true, description: 'Move to another theme of the same strategy.' })
  @IsOptional()
  @IsId()
  themeId?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the action title' })
  @MaxLength(2000, { message: 'must be 2,000 characters or fewer' })
  title?: string;
}
