import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';

@InputType({ description: 'Notifications of the signed-in person to mark read; ids of anyone else’s are ignored.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID]) @ArrayMaxSize(500) @IsUUID('all', { each: true }) ids!: string[];
}
