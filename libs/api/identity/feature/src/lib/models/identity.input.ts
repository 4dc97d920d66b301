import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field() @IsString() @MinLength(3) @MaxLength(320) email!: string;
  /** Length policy is applied when a password is set; here only a generous cap against huge payloads. */
  @Field() @IsString() @MaxLength(1024) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(1024) currentPassword!: string;
  @Field({ description: 'At least 12 characters, at most 128, not a commonly used password.' })
  @IsString()
  @MaxLength(1024)
  password!: string;
}
