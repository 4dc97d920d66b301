import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GroupKind } from '@waymark/api/shared/util';

@ObjectType('GroupMember')
export class GroupMemberModel {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
  @Field() isChair!: boolean;
}

@ObjectType('Group', { description: 'A governance body: board, senior officer group, delivery group…' })
export class GroupModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => GroupKind) kind!: GroupKind;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => [GroupMemberModel]) members!: GroupMemberModel[];
}
