import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ObjectType('PartnershipChoice', { description: 'A partnership the signed-in account may work in.' })
export class PartnershipChoiceModel {
  @Field(() => ID) partnershipId!: string;
  @Field() name!: string;
  @Field({ description: 'The partnership the session is in now.' }) current!: boolean;
}

@InputType('ChoosePartnershipInput')
export class ChoosePartnershipInput {
  @Field(() => ID) @IsUUID('all', { message: 'Choose one of your partnerships.' }) partnershipId!: string;
}
