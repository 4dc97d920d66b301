import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VersionedRefInput } from './common.input';

@InputType('CreatePersonInput')
export class CreatePersonInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the full name' })
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  fullName!: string;
  @Field()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  email!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  jobTitle?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  organisationId?: string | null;
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isAdministrator?: boolean;
}

@InputType('UpdatePersonInput')
export class UpdatePersonInput extends VersionedRefInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the full name' })
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  fullName?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  email?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  jobTitle?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  organisationId?: string | null;
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isAdministrator?: boolean;
}
