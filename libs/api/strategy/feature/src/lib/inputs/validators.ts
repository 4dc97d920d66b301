import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsUUID, Matches } from 'class-validator';

/** A calendar date written as YYYY-MM-DD. */
export function IsIsoDate(): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date in the form YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: 'must be a real calendar date' }),
  );
}

export function IsId(options: { each?: boolean } = {}): PropertyDecorator {
  return IsUUID('all', {
    message: options.each ? 'each value must be a valid id' : 'must be a valid id',
    each: options.each,
  });
}
