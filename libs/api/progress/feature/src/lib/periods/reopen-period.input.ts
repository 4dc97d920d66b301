import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType('ReopenReportingPeriodInput', {
  description: 'Reopens a signed-off period into review. Administrator or accountable group.',
})
export class ReopenReportingPeriodInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) id!: string;
  @Field(() => Int) @IsInt({ message: 'must be a whole number' }) version!: number;
  @Field({ description: 'Why it is reopened; kept in the audit trail. Required.' })
  @IsString()
  @IsNotEmpty({ message: 'Enter why the period is being reopened.' })
  @MaxLength(4000, { message: 'must be 4000 characters or fewer' })
  reason!: string;
}
