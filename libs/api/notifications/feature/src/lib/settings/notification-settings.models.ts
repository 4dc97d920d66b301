import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationDelivery, NotificationKind } from '@waymark/api/notifications/data-access';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, Min, ValidateNested } from 'class-validator';

registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'How a kind of notification is e-mailed (it is always listed in the app).',
});

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field() label!: string;
  @Field() hint!: string;
  @Field({ description: 'Always e-mailed at once: it asks for work the person owes.' }) essential!: boolean;
  @Field(() => [NotificationDelivery]) choices!: NotificationDelivery[];
  @Field(() => NotificationDelivery) delivery!: NotificationDelivery;
}

@ObjectType('NotificationSettings', { description: 'How the signed-in person gets each kind of notification.' })
export class NotificationSettingsModel {
  @Field(() => Int, { description: '0 until first saved.' }) version!: number;
  @Field(() => [NotificationPreferenceModel]) preferences!: NotificationPreferenceModel[];
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind) @IsEnum(NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationDelivery) @IsEnum(NotificationDelivery) delivery!: NotificationDelivery;
}

@InputType({ description: 'The signed-in person’s choices; kinds left out keep their current delivery.' })
export class UpdateNotificationSettingsInput {
  @Field(() => Int) @IsInt() @Min(0) version!: number;
  @Field(() => [NotificationPreferenceInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences!: NotificationPreferenceInput[];
}
