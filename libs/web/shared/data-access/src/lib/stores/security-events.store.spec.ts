import { GraphQLError } from 'graphql';
import { SecurityEventsStore } from './security-events.store';
import { storeWithFakeApi } from './testing/fake-graphql';

const event = {
  __typename: 'SecurityEvent',
  id: 'e1',
  occurredAt: '2026-05-01T10:00:00Z',
  event: 'SignInFailed',
  personId: 'p1',
  personName: 'Priya Shah',
  actorName: null,
  detail: null,
};

describe('SecurityEventsStore', () => {
  it('asks for the newest 200 events', async () => {
    const { store, sent } = storeWithFakeApi(SecurityEventsStore, { SecurityEvents: { securityEvents: [event] } });
    await store.load();
    expect(sent).toEqual([{ name: 'SecurityEvents', variables: { limit: 200 } }]);
    expect(store.events.value()?.map((e) => e.event)).toEqual(['SignInFailed']);
  });

  it('says why the events could not be loaded', async () => {
    const { store } = storeWithFakeApi(SecurityEventsStore, { SecurityEvents: new GraphQLError('Not allowed.') });
    await store.load();
    expect(store.events.error()).toBe('Not allowed.');
  });
});
