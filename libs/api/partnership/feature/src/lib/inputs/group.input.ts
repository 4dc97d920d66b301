import { Field, ID, InputType } from '@nestjs/graphql';
import { GroupKind } from '@waymark/api/shared/util';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VersionedRefInput } from './common.input';

@InputType('CreateGroupInput')
export class CreateGroupInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the group name' })
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  name!: string;
  @Field(() => GroupKind)
  @IsEnum(GroupKind, { message: 'Choose the kind of group' })
  kind!: GroupKind;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'must be 2000 characters or fewer' })
  description?: string | null;
}

@InputType('UpdateGroupInput')
export class UpdateGroupInput extends VersionedRefInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the group name' })
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  name?: string;
  @Field(() => GroupKind, { nullable: true })
  @IsOptional()
  @IsEnum(GroupKind, { message: 'Choose the kind of group' })
  kind?: GroupKind;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'must be 2000 characters or fewer' })
  description?: string | null;
}

@InputType('GroupMemberInput')
export class GroupMemberInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) groupId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) personId!: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() isChair?: boolean;
}
