import { Injectable, inject } from '@angular/core';
import { SecurityEventsDocument, type SecurityEventsQuery } from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type SecurityEvent = SecurityEventsQuery['securityEvents'][number];

/** How many events the page lists; older ones stay in the database. */
const SHOWN = 200;

/**
 * The partnership's security events (sign-in problems, password and role changes, refusals), newest first.
 * Provide it in the page (`providers: [SecurityEventsStore]`).
 */
@Injectable()
export class SecurityEventsStore {
  private readonly api = inject(GraphqlApi);
  readonly events = new ServerState<readonly SecurityEvent[]>();

  load(): Promise<readonly SecurityEvent[] | undefined> {
    return this.events.load(async () => {
      const variables = { limit: SHOWN };
      const data = await this.api.query({ query: SecurityEventsDocument, variables, fetchPolicy: 'network-only' });
      return data.securityEvents;
    });
  }
}
