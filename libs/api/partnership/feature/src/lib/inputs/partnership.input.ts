import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType('PartnershipRagDefinitionsInput', {
  description:
    "The partnership's own meaning of each colour. Leave a colour out to keep its text; null or blank reverts it to the default.",
})
export class PartnershipRagDefinitionsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be 500 characters or fewer' })
  red?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be 500 characters or fewer' })
  amber?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be 500 characters or fewer' })
  green?: string | null;
}

@InputType('UpdatePartnershipInput', { description: "Settings of the signed-in administrator's partnership." })
export class UpdatePartnershipInput {
  @Field(() => Int, { description: 'The version you last loaded; a stale version is refused with CONFLICT.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter the partnership name' })
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  name?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'must be 40 characters or fewer' })
  shortName?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/London.' })
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: 'must be 64 characters or fewer' })
  timeZone?: string | null;
  @Field(() => PartnershipRagDefinitionsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipRagDefinitionsInput)
  ragDefinitions?: PartnershipRagDefinitionsInput | null;
}
