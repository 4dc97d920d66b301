import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@InputType('UpdateSingleSignOnInput', {
  description: "The signed-in administrator's partnership's single sign-on. Fields left out keep their value.",
})
export class UpdateSingleSignOnInput {
  @Field(() => Int, { description: 'The version you last loaded; a stale version is refused with CONFLICT.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. https://login.microsoftonline.com/<tenant-id>/v2.0; null or blank turns single sign-on off.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be 500 characters or fewer' })
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: 'The application (client) ID.' })
  @IsOptional()
  @IsString()
  @MaxLength(255, { message: 'must be 255 characters or fewer' })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: 'Write-only; left out or blank keeps the stored secret.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'must be 1000 characters or fewer' })
  clientSecret?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: 'must list 50 domains or fewer' })
  @IsString({ each: true })
  jitEmailDomains?: string[];

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() ssoOnly?: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: 'The administrators who may still use a password when sign-in is single sign-on only.',
  })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true, message: 'must be person ids (UUIDs)' })
  breakGlassPersonIds?: string[];
}
