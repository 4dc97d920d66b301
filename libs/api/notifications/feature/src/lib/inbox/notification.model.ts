import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '@waymark/api/notifications/data-access';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });

@ObjectType('Notification', {
  description: 'Something that happened to the signed-in person’s work, in their list in the app.',
})
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field() title!: string;
  @Field({ description: 'The reviewer’s comment or reason, when there is one.' }) body!: string;
  @Field({ description: 'The app path it opens, e.g. /my-updates/<strategy>/<period>/<action>.' }) linkPath!: string;
  @Field() isRead!: boolean;
  @Field(() => Date) createdAt!: Date;
}
