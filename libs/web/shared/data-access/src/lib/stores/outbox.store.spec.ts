import { GraphQLError } from 'graphql';
import { OutboxStore } from './outbox.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const message = {
  __typename: 'OutboxMessage',
  id: 'm1',
  recipient: 'priya@example.org',
  subject: 'Your updates are due',
  textBody: 'Hello',
  status: 'Sent',
  attempts: 1,
  lastError: null,
  sentAt: '2026-05-01T10:00:01Z',
  createdAt: '2026-05-01T10:00:00Z',
};

describe('OutboxStore', () => {
  it('loads the messages from the server each time, not from the cache', async () => {
    const { store, sent } = storeWithFakeApi(OutboxStore, { OutboxMessages: { outboxMessages: [message] } });
    await store.load();
    await store.load();
    expect(sent.map((s) => s.name)).toEqual(['OutboxMessages', 'OutboxMessages']);
    expect(store.messages.value()?.map((m) => m.subject)).toEqual(['Your updates are due']);
  });

  it('says why the messages could not be loaded', async () => {
    const { store } = storeWithFakeApi(OutboxStore, {
      OutboxMessages: new GraphQLError('You need to be an administrator.'),
    });
    await store.load();
    expect(store.messages.value()).toBeUndefined();
    expect(store.messages.error()).toBe('You need to be an administrator.');
  });
});
