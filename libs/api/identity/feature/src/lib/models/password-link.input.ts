import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class SetPasswordWithTokenInput {
  @Field({ description: 'The token from the link (after #token=).' })
  @IsString()
  @IsNotEmpty({ message: 'The link is incomplete. Open the whole link from the e-mail.' })
  @MaxLength(200, { message: 'This link has expired or has already been used. Ask for a new one.' })
  token!: string;
  @Field({ description: 'At least 12 characters, at most 128, not a commonly used password.' })
  @IsString()
  @MaxLength(1024)
  password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(320)
  email!: string;
}
