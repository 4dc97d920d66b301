import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

const SHORT = 200;
const LONG = 2000;

@InputType('UpdateNoticeSettingsInput', {
  description: 'Fields left out keep their text; null or blank clears a field (the pages then show default wording).',
})
export class UpdateNoticeSettingsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) partnershipId!: string;
  @Field(() => Int, { description: 'The version you last loaded; a stale version is refused with CONFLICT.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  version!: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT, { message: `must be ${SHORT} characters or fewer` })
  organisationName?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT, { message: `must be ${SHORT} characters or fewer` })
  contactEmail?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'must be 40 characters or fewer' })
  contactPhone?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG, { message: `must be ${LONG} characters or fewer` })
  dataController?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG, { message: `must be ${LONG} characters or fewer` })
  dataProtectionOfficer?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG, { message: `must be ${LONG} characters or fewer` })
  lawfulBasis?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG, { message: `must be ${LONG} characters or fewer` })
  retention?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG, { message: `must be ${LONG} characters or fewer` })
  processors?: string | null;
}
