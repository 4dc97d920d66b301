import { TestBed } from '@angular/core/testing';
import type { Provider, Type } from '@angular/core';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { provideApollo } from 'apollo-angular';
import { GraphqlApi } from '../graphql-api';

/** What the fake API answers an operation: its data, built from the variables, or a GraphQL error. */
type Data = Record<string, unknown>;
export type FakeAnswer = Data | GraphQLError | ((variables: Record<string, unknown>) => Data | GraphQLError);

export interface SentOperation {
  readonly name: string;
  readonly variables: Record<string, unknown>;
}

/**
 * For store specs: provides `store` against a fake API answering each operation by name, and records what was sent.
 * An operation with no answer fails, as the server would for an unknown one.
 */
export function storeWithFakeApi<T>(store: Type<T>, answers: Record<string, FakeAnswer>) {
  const sent: SentOperation[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName ?? '';
        sent.push({ name, variables: operation.variables });
        const given = answers[name] ?? new GraphQLError(`No answer for ${name}`);
        const answer = typeof given === 'function' ? given(operation.variables) : given;
        observer.next((answer instanceof GraphQLError ? { errors: [answer] } : { data: answer }) as never);
        observer.complete();
      }),
  );
  TestBed.configureTestingModule({
    providers: [provideApollo(() => ({ link, cache: new InMemoryCache() })), store],
  });
  return { store: TestBed.inject(store), sent };
}

/**
 * For store specs that need no Apollo cache: provides `store` with its `GraphqlApi` answering each operation by name
 * (an `Error` answer is thrown, as `GraphqlApi` throws the server's errors), and records what was sent.
 */
export function storeWithFakeGraphqlApi<T>(
  store: Type<T>,
  answers: Record<string, unknown>,
  providers: Provider[] = [],
): { store: T; sent: Array<{ operation: string; variables: unknown }> } {
  const sent: Array<{ operation: string; variables: unknown }> = [];
  const call = ({
    query,
    mutation,
    variables,
  }: {
    query?: DocumentNode;
    mutation?: DocumentNode;
    variables?: unknown;
  }) => {
    const operation = ((query ?? mutation)?.definitions[0] as OperationDefinitionNode).name?.value ?? '';
    sent.push({ operation, variables });
    const answer = answers[operation];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  TestBed.configureTestingModule({
    providers: [{ provide: GraphqlApi, useValue: { query: call, mutate: call } }, ...providers, store],
  });
  return { store: TestBed.inject(store), sent };
}
