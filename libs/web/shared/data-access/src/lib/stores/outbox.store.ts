import { Injectable, inject } from '@angular/core';
import { OutboxMessagesDocument, type OutboxMessagesQuery } from '../generated/graphql';
import { GraphqlApi } from './graphql-api';
import { ServerState } from './server-state';

export type OutboxMessage = OutboxMessagesQuery['outboxMessages'][number];

/** The e-mails Waymark queued and sent, newest first. Provide it in the page (`providers: [OutboxStore]`). */
@Injectable()
export class OutboxStore {
  private readonly api = inject(GraphqlApi);
  readonly messages = new ServerState<readonly OutboxMessage[]>();

  load(): Promise<readonly OutboxMessage[] | undefined> {
    return this.messages.load(async () => {
      const data = await this.api.query({ query: OutboxMessagesDocument, fetchPolicy: 'network-only' });
      return data.outboxMessages;
    });
  }
}
