import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { stripControlCharacters } from './control-characters';
import { FieldProblem, badInput } from './errors';

function flatten(errors: readonly ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = `${prefix}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The one boundary every argument passes: control characters go before validation, so limits count what is stored. */
class InputPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameter decorators carry server-side values (the actor, the request), not client input.
    return super.transform(metadata.type === 'custom' ? value : stripControlCharacters(value), metadata);
  }
}

/** class-validator failures become one BAD_USER_INPUT error listing every field and its problem. */
export function createValidationPipe(): ValidationPipe {
  return new InputPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => badInput(flatten(errors, 'input')),
  });
}
