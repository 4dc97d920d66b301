import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';

/** The version the client last saw (for CONFLICT detection). */
export function VersionField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { description: 'The version you last loaded; a stale version is refused with CONFLICT.' }),
    IsInt({ message: 'must be a whole number' }),
    Min(1, { message: 'must be 1 or more' }),
  );
}
