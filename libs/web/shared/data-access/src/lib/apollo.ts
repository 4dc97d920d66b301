import { EnvironmentProviders, Provider, inject } from '@angular/core';
import { provideHttpClient, withFetch } from '@angular/common/http';
import { ApolloLink, CombinedGraphQLErrors, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { SessionExpiry } from './session-expiry';

/**
 * Apollo over Angular's HttpClient: same-origin `/graphql`, session cookie sent (`withCredentials`),
 * JSON POSTs (which satisfy Apollo Server's CSRF prevention). An UNAUTHENTICATED error anywhere sends
 * the person to sign in with the page they were on.
 */
export function provideWaymarkApollo(uri = '/graphql'): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withFetch()),
    provideApollo(() => {
      const http = inject(HttpLink);
      const expiry = inject(SessionExpiry);
      const onUnauthenticated = new ErrorLink(({ error, operation }) => {
        const unauthenticated =
          CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
        if (unauthenticated && operation.operationName !== 'Me' && operation.operationName !== 'SignIn')
          expiry.handle();
      });
      return {
        link: ApolloLink.from([onUnauthenticated, http.create({ uri, withCredentials: true })]),
        cache: new InMemoryCache(),
        defaultOptions: {
          query: { fetchPolicy: 'network-only' },
        },
      };
    }),
  ];
}
