import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { VersionedRefInput } from './common.input';

@InputType('CreateOrganisationInput')
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the organisation name' })
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  name!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'must be 40 characters or fewer' })
  shortName?: string | null;
}

@InputType('UpdateOrganisationInput')
export class UpdateOrganisationInput extends VersionedRefInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the organisation name' })
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  name?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'must be 40 characters or fewer' })
  shortName?: string | null;
}
