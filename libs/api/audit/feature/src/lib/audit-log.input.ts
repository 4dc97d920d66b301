import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AUDIT_LOG_PAGE_MAX } from './audit-log.service';

@InputType('AuditLogInput', {
  description: 'Filters of the partnership audit log; dates are calendar dates in the partnership, inclusive.',
})
export class AuditLogInput {
  @Field(() => ID, { nullable: true, description: 'Only changes made by this person.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  personId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only records of this type, e.g. "action", "indicator".' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  recordType?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'Enter a real date, for example 2026-04-01.' })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'Enter a real date, for example 2026-06-30.' })
  to?: string | null;
  @Field(() => String, { nullable: true, description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
  @Field(() => Int, { nullable: true, description: `Entries per page, 1 to ${AUDIT_LOG_PAGE_MAX} (50 when left out).` })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: `must be between 1 and ${AUDIT_LOG_PAGE_MAX}` })
  @Max(AUDIT_LOG_PAGE_MAX, { message: `must be between 1 and ${AUDIT_LOG_PAGE_MAX}` })
  first?: number | null;
}
