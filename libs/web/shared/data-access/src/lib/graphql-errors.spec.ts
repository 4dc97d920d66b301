import { CombinedGraphQLErrors } from '@apollo/client';
import { describeError, fieldName, isUnauthenticated } from './graphql-errors';

const graphQLError = (extensions: Record<string, unknown>, message = 'Problem') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] } as never);

describe('describeError', () => {
  it('reads the code, field problems and, for CONFLICT, the current record', () => {
    const conflict = describeError(graphQLError({ code: 'CONFLICT', current: { narrative: 'theirs', version: 3 } }));
    expect(conflict).toMatchObject({ code: 'CONFLICT', current: { narrative: 'theirs', version: 3 } });
    const bad = describeError(
      graphQLError({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.narrative', message: 'is required.' }] }),
    );
    expect(bad.fields.map(fieldName)).toEqual(['narrative']);
  });

  it('treats anything else as a network problem with its message', () => {
    expect(describeError(new Error('offline'))).toMatchObject({ code: 'NETWORK_ERROR', message: 'offline' });
  });

  it('recognises an ended session', () => {
    expect(isUnauthenticated(graphQLError({ code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isUnauthenticated(graphQLError({ code: 'FORBIDDEN' }))).toBe(false);
  });
});
