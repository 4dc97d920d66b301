import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType('InvitePersonInput')
export class InvitePersonInput {
  @Field()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(320)
  email!: string;
  @Field(() => String, { nullable: true, description: 'Needed when nobody in the partnership has this address yet.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the full name' })
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  fullName?: string | null;
}

@InputType('PersonRefInput')
export class PersonRefInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) personId!: string;
}
