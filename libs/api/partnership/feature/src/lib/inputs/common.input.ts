import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Any update/archive: the record and the version the client last saw. */
@InputType('VersionedRefInput')
export class VersionedRefInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) id!: string;
  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  version!: number;
}
