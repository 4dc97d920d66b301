import { TestBed } from '@angular/core/testing';
import { ApolloLink, CombinedGraphQLErrors, InMemoryCache, Observable } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { AdminStrategyDetailDocument, UpdateOrganisationDocument } from '../generated/graphql';
import { GraphqlApi } from './graphql-api';

/** The client against a fake API link that answers every operation with the result given. */
function api(answer: (operationName: string, variables: Record<string, unknown>) => object): GraphqlApi {
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        observer.next(answer(operation.operationName ?? '', operation.variables) as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({ providers: [provideApollo(() => ({ link, cache: new InMemoryCache() }))] });
  return TestBed.inject(GraphqlApi);
}

describe('GraphqlApi', () => {
  it('resolves a query to its data, sending the variables', async () => {
    let sent: Record<string, unknown> = {};
    const client = api((_, variables) => {
      sent = variables;
      return { data: { strategy: null } };
    });
    await expect(client.query({ query: AdminStrategyDetailDocument, variables: { id: 's1' } })).resolves.toEqual({
      strategy: null,
    });
    expect(sent).toEqual({ id: 's1' });
  });

  it('rejects with the GraphQL error, so describeError can read its code', async () => {
    const client = api(() => ({
      errors: [{ message: 'Organisation o1 was changed', extensions: { code: 'CONFLICT' } }],
    }));
    const saving = client.mutate({
      mutation: UpdateOrganisationDocument,
      variables: { input: { id: 'o1', version: 1, name: 'Police' } },
    });
    await expect(saving).rejects.toBeInstanceOf(CombinedGraphQLErrors);
  });
});
